package cn.majorhazard.engine.evaluation;

import java.util.List;

/**
 * 判定 — the verdict on one item for one unit, with its legal citation, the facts that established it, the facts
 * still missing (UNDETERMINED) and the rules that fired. Flags carry what a reader must weigh: [UNCONFIRMED]
 * wording, an item reconstructed for expert review, or an interpretation beyond the text.
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
        String interpretation) {
}
