package cn.majorhazard.engine.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 申报 — what a user submits: the enterprise's own facts, its units, the assessment date that chooses the
 * versions in force, and optionally the standards (family ids such as {@code chem}, or a version such as
 * {@code chem-2017} for training) to judge against.
 *
 * @param allUnitsListed the user states the unit list is complete, so an item about a unit type that is absent
 *                       is 不适用 rather than 无法判定
 */
public record Submission(
        LocalDate assessmentDate,
        List<String> standards,
        UnitSubmission enterprise,
        List<UnitSubmission> units,
        boolean allUnitsListed) {

    public Submission {
        // Null elements are kept (not rejected here) so the validator can name them: "units[2]: the unit is null".
        standards = standards == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(standards));
        units = units == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(units));
    }
}
