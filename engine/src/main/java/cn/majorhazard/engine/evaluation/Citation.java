package cn.majorhazard.engine.evaluation;

import java.time.LocalDate;

/**
 * 法律依据 — what an inspector writes in a case file: the standard, its 文号 and issuing body, the 条/项, the
 * verbatim clause, the dates of the version (and whether the start date is inferred, as for a supplement that
 * states none), and whether the wording is still [UNCONFIRMED].
 */
public record Citation(
        String standardId,
        String versionId,
        String title,
        String documentNumber,
        String issuer,
        String articleText,
        String label,
        String clause,
        LocalDate effectiveFrom,
        boolean effectiveFromInferred,
        LocalDate effectiveUntil,
        String itemId,
        boolean unconfirmed) {

    /** 《title》（文号）第X条第（Y）项：clause */
    public String text() {
        return "《" + title + "》（" + documentNumber + "）" + label + "：" + (clause == null ? "" : clause);
    }
}
