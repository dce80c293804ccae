package cn.majorhazard.engine.evaluation;

import java.util.List;

/**
 * 判定 — the verdict on one item for one unit, with its legal citation, the facts that established it, the facts
 * still missing (UNDETERMINED) and the rules that fired. Flags carry what a reader must weigh: [UNCONFIRMED]
 * wording, an item reconstructed for expert review, or an interpretation beyond the text; and the item's notes on
 * how its clause was read, so an inspector sees the reading behind the verdict.
 */
public record Determination(
        String itemId,
        String unitId,
        String unitType,
        String unitName,
        Verdict verdict,
        String verdictZh,
        Citation citation,
        List<FactValue> basis,
        List<MissingFact> missingFacts,
        List<String> missingUnitTypes,
        String reasonZh,
        String reasonEn,
        List<String> firedRules,
        boolean unconfirmed,
        boolean reviewRequired,
        String interpretation,
        String notes) {
}
