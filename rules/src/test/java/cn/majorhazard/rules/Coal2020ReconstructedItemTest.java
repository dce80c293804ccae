package cn.majorhazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.evaluation.Determination;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.UnitSubmission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * COAL-2020-18-11 is a reconstructed clause (coal-2020.md: found in no source; the 解读 counts 81 situations, the
 * sources give 80). Whatever the facts, its verdict must carry reviewRequired and unconfirmed, and every verdict must
 * say why: a designated hazard, a cleared one or an undecided one is never handed out silently.
 */
class Coal2020ReconstructedItemTest {

    private static final String ITEM = "COAL-2020-18-11";

    @Test
    void theReconstructedItemIsFlaggedForReviewInTheCatalog() {
        Assumptions.assumeTrue(RulesFixture.selected("coal2020"));
        Item item = RulesFixture.CATALOG.version("coal-2020").flatMap(v -> v.item(ITEM)).orElseThrow();
        assertThat(item.reviewRequired()).as("reviewRequired").isTrue();
        assertThat(item.unconfirmed()).as("unconfirmed").isTrue();
    }

    @Test
    void everyVerdictOfTheReconstructedItemCarriesTheFlagAndAReason() {
        Assumptions.assumeTrue(RulesFixture.selected("coal2020"));
        for (Boolean designated : new Boolean[] {Boolean.TRUE, Boolean.FALSE, null}) {
            Map<String, Object> facts = new HashMap<>(Map.of("mineType", "UNDERGROUND"));
            if (designated != null) {
                facts.put("designatedOtherHazardByNationalAuthority", designated);
            }
            Evaluation evaluation = RulesFixture.EVALUATOR.evaluate(new Submission(LocalDate.of(2025, 6, 1),
                    List.of("coal-2020"), new UnitSubmission("enterprise", "ENTERPRISE", "某煤业公司", Map.of()),
                    List.of(new UnitSubmission("M-1", "COAL_MINE", "某煤矿", facts)), true));
            Determination d = evaluation.determinations().stream()
                    .filter(x -> x.itemId().equals(ITEM) && x.unitId().equals("M-1")).findFirst().orElseThrow();
            String expected = designated == null ? "UNDETERMINED" : designated ? "HAZARD" : "NOT_HAZARD";
            assertThat(d.verdict().name()).as("verdict when designated = %s", designated).isEqualTo(expected);
            assertThat(d.reviewRequired()).as("reviewRequired when designated = %s", designated).isTrue();
            assertThat(d.unconfirmed()).as("unconfirmed when designated = %s", designated).isTrue();
            assertThat(d.reasonZh()).as("reason when designated = %s", designated).isNotBlank();
            if (designated != null) {
                assertThat(d.reasonZh()).as("reason names the reconstruction").contains("重构");
            }
        }
    }
}
