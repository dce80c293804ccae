package cn.majorhazard.engine.submission;

import java.time.LocalDate;
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
        standards = standards == null ? List.of() : List.copyOf(standards);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
