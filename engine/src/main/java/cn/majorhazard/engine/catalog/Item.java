package cn.majorhazard.engine.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 判定情形 — one item of a standard: its stable id, the 条/项 label, the verbatim clause and the facts it reads.
 *
 * @param article          the id of the article whose lead-in this item continues, if the standard has articles
 * @param parent           the id of the item this is a sub-item of; a parent without rules of its own takes
 *                         the verdict of its sub-items
 * @param unitTypes        the unit types the item judges, one verdict per unit of these types
 * @param facts            the facts the item reads, scope facts first: the missing ones are what an
 *                         UNDETERMINED verdict asks for, in this order
 * @param unconfirmed      the wording rests on a single or secondary source ([UNCONFIRMED] in the text)
 * @param encoded          false when the clause cannot be judged yet (its wording is not in the catalog)
 * @param notEncodedReason why not, shown with the UNDETERMINED verdict
 * @param reviewRequired   the item was reconstructed or needs an expert's reading: every verdict carries the flag
 * @param textIncomplete   only part of the clause is in the catalog: the rules can establish a hazard from the
 *                         known part, but cannot clear the clause, so a clear outcome becomes UNDETERMINED
 * @param interpretation   the item extends the text by an official 解读; shown with each verdict
 * @param documentNumber   overrides the version's 文号 (a supplement such as 矿安〔2024〕41号)
 * @param documentTitle    overrides the version's title, with documentNumber
 * @param effectiveFrom    overrides the version's start (a supplementary item that began later)
 * @param effectiveFromInferred the start date is inferred (for example a signing date), not stated
 * @param predecessors     the items of the previous version this one continues (for the version diff)
 * @param noBoundaryReason why an item whose text has digits needs no boundary case (they name a standard, e.g.
 *                         "GB 30871", not a threshold)
 */
public record Item(
        String id,
        String article,
        String parent,
        String label,
        String text,
        String gloss,
        List<String> unitTypes,
        List<String> facts,
        boolean unconfirmed,
        String unconfirmedNote,
        Boolean encoded,
        String notEncodedReason,
        boolean reviewRequired,
        boolean textIncomplete,
        String interpretation,
        String documentNumber,
        String documentTitle,
        LocalDate effectiveFrom,
        boolean effectiveFromInferred,
        String noBoundaryReason,
        List<String> predecessors,
        String notes) {

    public Item {
        unitTypes = unitTypes == null ? List.of() : List.copyOf(unitTypes);
        facts = facts == null ? List.of() : List.copyOf(facts);
        encoded = encoded == null ? Boolean.TRUE : encoded;
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public boolean isEncoded() {
        return encoded;
    }
}
