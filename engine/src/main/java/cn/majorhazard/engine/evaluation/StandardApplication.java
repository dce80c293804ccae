package cn.majorhazard.engine.evaluation;

import java.time.LocalDate;

/** Which version of a standard an evaluation used, and whether it is the one in force on the assessment date. */
public record StandardApplication(
        String standardId,
        String versionId,
        String title,
        String documentNumber,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        boolean inForce,
        boolean requested,
        String noteZh,
        String noteEn) {
}
