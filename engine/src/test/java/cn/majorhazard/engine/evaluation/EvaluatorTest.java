package cn.majorhazard.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.majorhazard.engine.DemoRules;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.UnitSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict semantics of the engine, on the demonstration standard (no real standard involved). */
class EvaluatorTest {

    static final DemoRules DEMO = DemoRules.build();

    static Submission submission(String date, List<String> standards, boolean allUnitsListed, UnitSubmission... units) {
        return new Submission(LocalDate.parse(date), standards,
                new UnitSubmission("enterprise", "ENTERPRISE", "演示企业", Map.of()), List.of(units), allUnitsListed);
    }

    static UnitSubmission tank(String id, Map<String, Object> facts) {
        return new UnitSubmission(id, "TANK", id, facts);
    }

    static Determination verdict(Evaluation e, String itemId, String unitId) {
        return e.determinations().stream().filter(d -> d.itemId().equals(itemId) && d.unitId().equals(unitId))
                .findFirst().orElseThrow();
    }

    Evaluation on2025(UnitSubmission... units) {
        return DEMO.evaluator.evaluate(submission("2025-05-01", List.of("demo"), false, units));
    }

    @Test
    void unknownFactIsNeverTreatedAsFalse() {
        Determination d = verdict(on2025(tank("T1", Map.of("pressurised", true))), "DEMO-2020-01", "T1");
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.missingFacts()).extracting(MissingFact::key).containsExactly("waterInjection");
    }

    @Test
    void aHazardRuleEstablishesTheHazardWithItsBasisAndCitation() {
        Determination d = verdict(on2025(tank("T1", Map.of("pressurised", true, "waterInjection", false))),
                "DEMO-2020-01", "T1");
        assertThat(d.verdict()).isEqualTo(Verdict.HAZARD);
        assertThat(d.basis()).extracting(FactValue::key).containsExactly("pressurised", "waterInjection");
        assertThat(d.firedRules()).containsExactly("DEMO-2020-01 hazard: pressurised without water injection");
        assertThat(d.citation().text()).isEqualTo("《演示判定标准》（演示〔2020〕1号）第（一）项：全压力式储罐未设置注水措施。");
    }

    @Test
    void aScopeRuleGivesNotApplicableAndAClearingRuleNotHazard() {
        Evaluation e = on2025(tank("T1", Map.of("pressurised", false)),
                tank("T2", Map.of("pressurised", true, "waterInjection", true)));
        assertThat(verdict(e, "DEMO-2020-01", "T1").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(verdict(e, "DEMO-2020-01", "T2").verdict()).isEqualTo(Verdict.NOT_HAZARD);
    }

    @Test
    void anOrItemIsAHazardOnAnyBranchAndClearOnlyWhenEveryBranchIsRuledOut() {
        Evaluation e = on2025(tank("T1", Map.of("grade", "A", "storedQuantity", 1, "permittedQuantity", 10)),
                tank("T2", Map.of("grade", "B")),
                tank("T3", Map.of("grade", "B", "storedQuantity", 10, "permittedQuantity", 10)),
                tank("T4", Map.of("grade", "B", "storedQuantity", 10.5, "permittedQuantity", 10)));
        assertThat(verdict(e, "DEMO-2020-02", "T1").verdict()).isEqualTo(Verdict.HAZARD);
        assertThat(verdict(e, "DEMO-2020-02", "T2").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(verdict(e, "DEMO-2020-02", "T2").missingFacts()).extracting(MissingFact::key)
                .containsExactly("storedQuantity", "permittedQuantity");
        assertThat(verdict(e, "DEMO-2020-02", "T3").verdict()).isEqualTo(Verdict.NOT_HAZARD);
        assertThat(verdict(e, "DEMO-2020-02", "T4").verdict()).isEqualTo(Verdict.HAZARD);
    }

    @Test
    void anItemAboutAnAbsentUnitTypeIsUndeterminedUnlessAllUnitsAreListed() {
        Evaluation open = DEMO.evaluator.evaluate(submission("2025-05-01", List.of("demo"), false));
        Determination d = verdict(open, "DEMO-2020-01", "enterprise");
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.missingUnitTypes()).containsExactly("TANK");
        Evaluation complete = DEMO.evaluator.evaluate(submission("2025-05-01", List.of("demo"), true));
        assertThat(verdict(complete, "DEMO-2020-01", "enterprise").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void missingFactsFollowUnitReferencesAndAnUnreferencedUnitAsksForItsSystem() {
        Evaluation e = on2025(new UnitSubmission("S1", "DUST_SYSTEM", "1#除尘系统", Map.of("servedAreas", List.of("A1"))),
                new UnitSubmission("A1", "AREA", "打磨间", Map.of()));
        Determination system = verdict(e, "DEMO-2020-03", "S1");
        assertThat(system.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(system.missingFacts()).extracting(MissingFact::unitId, MissingFact::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "areaDustKind"));
    }

    @Test
    void theAssessmentDateChoosesTheVersionInForce() {
        UnitSubmission t = tank("T1", Map.of("pressurised", true, "waterInjection", false));
        assertThat(DEMO.evaluator.evaluate(submission("2025-12-31", List.of("demo"), false, t)).standards())
                .extracting(StandardApplication::versionId).containsExactly("demo-2020");
        assertThat(DEMO.evaluator.evaluate(submission("2026-01-01", List.of("demo"), false, t)).standards())
                .extracting(StandardApplication::versionId).containsExactly("demo-2026");
        assertThatThrownBy(() -> DEMO.evaluator.evaluate(submission("2020-12-31", List.of("demo"), false, t)))
                .isInstanceOf(NoVersionInForceException.class).hasMessageContaining("2020-12-31");
    }

    @Test
    void aSupersededVersionAskedForByNameIsLabelledAsNotTheLawInForce() {
        Evaluation e = DEMO.evaluator.evaluate(submission("2026-03-01", List.of("demo-2020"), false));
        StandardApplication a = e.standards().get(0);
        assertThat(a.inForce()).isFalse();
        assertThat(a.noteZh()).contains("已被替代").contains("演示〔2025〕9号");
    }

    @Test
    void withoutStandardsTheEnterpriseSectorsChooseAndWithoutEitherTheFieldIsNamed() {
        Submission bySector = new Submission(LocalDate.parse("2026-03-01"), List.of(),
                new UnitSubmission("enterprise", "ENTERPRISE", "x", Map.of("sectors", List.of("DEMO"))), List.of(), true);
        assertThat(DEMO.evaluator.evaluate(bySector).standards()).extracting(StandardApplication::versionId)
                .containsExactly("demo-2026");
        Submission neither = new Submission(LocalDate.parse("2026-03-01"), List.of(),
                new UnitSubmission("enterprise", "ENTERPRISE", "x", Map.of()), List.of(), true);
        assertThatThrownBy(() -> DEMO.evaluator.evaluate(neither)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("enterprise.facts.sectors");
    }

    @Test
    void aClauseKnownOnlyInPartCanBeAHazardButNeverClear() {
        Evaluation e = DEMO.evaluator.evaluate(submission("2026-03-01", List.of("demo"), false,
                tank("T1", Map.of("waterInjection", false)), tank("T2", Map.of("waterInjection", true))));
        assertThat(verdict(e, "DEMO-2026-02", "T1").verdict()).isEqualTo(Verdict.HAZARD);
        Determination cleared = verdict(e, "DEMO-2026-02", "T2");
        assertThat(cleared.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(cleared.reasonZh()).contains("条文不完整");
    }

    @Test
    void aSupplementaryItemBeforeItsStartIsNotApplicableAndCitesItsOwnDocument() {
        UnitSubmission t = tank("T1", Map.of("grade", "A", "waterInjection", false));
        Determination before = verdict(DEMO.evaluator.evaluate(submission("2026-05-31", List.of("demo"), false, t)),
                "DEMO-2026-03", "T1");
        assertThat(before.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(before.reasonZh()).contains("2026-06-01").contains("推定");
        Determination after = verdict(DEMO.evaluator.evaluate(submission("2026-06-01", List.of("demo"), false, t)),
                "DEMO-2026-03", "T1");
        assertThat(after.verdict()).isEqualTo(Verdict.HAZARD);
        assertThat(after.citation().documentNumber()).isEqualTo("演示〔2026〕补1号");
        assertThat(after.citation().effectiveFrom()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(after.citation().effectiveFromInferred()).isTrue();
        assertThat(after.citation().label()).isEqualTo("第二条第（三）项");
        assertThat(DEMO.catalog.version("demo-2026").orElseThrow().citationLabel(new cn.majorhazard.engine.catalog.Item(
                "X", "DEMO-2026-00", null, "第5.1.1条", "t", null, List.of("TANK"), List.of(), false, null, true, null,
                false, false, null, null, null, null, false, null, List.of(), null))).isEqualTo("第5.1.1条");
    }

    @Test
    void aClauseNotInTheCatalogIsUndeterminedWithItsReason() {
        Determination d = verdict(DEMO.evaluator.evaluate(submission("2026-03-01", List.of("demo"), false,
                tank("T1", Map.of()))), "DEMO-2026-04", "T1");
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.reasonZh()).isEqualTo("条文原文未收录于目录，无法判定");
    }

    @Test
    void aParentItemIsAHazardIfAnySubItemIsAndClearOnlyIfAllAre() {
        Evaluation e = DEMO.evaluator.evaluate(submission("2026-03-01", List.of("demo"), false,
                tank("T1", Map.of("pressurised", false, "grade", "A")),
                tank("T2", Map.of("pressurised", false, "grade", "B")),
                tank("T3", Map.of("pressurised", false))));
        assertThat(verdict(e, "DEMO-2026-05", "T1").verdict()).isEqualTo(Verdict.HAZARD);
        assertThat(verdict(e, "DEMO-2026-05", "T2").verdict()).isEqualTo(Verdict.NOT_HAZARD);
        assertThat(verdict(e, "DEMO-2026-05", "T3").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(verdict(e, "DEMO-2026-05", "T3").missingFacts()).extracting(MissingFact::key).containsExactly("grade");
    }

    @Test
    void theDiffPairsAnItemWithItsPredecessor() {
        Submission s = submission("2026-03-01", List.of(), false, tank("T1", Map.of("pressurised", true,
                "waterInjection", false)));
        VersionDiff.Result diff = new VersionDiff(DEMO.evaluator).diff(s, "demo-2020", "demo-2026");
        assertThat(diff.lines()).anySatisfy(l -> {
            assertThat(l.fromItemId()).isEqualTo("DEMO-2020-01");
            assertThat(l.toItemId()).isEqualTo("DEMO-2026-01");
            assertThat(l.change()).isEqualTo(VersionDiff.Change.WORDING_CHANGED);
        });
        assertThat(diff.counts().get(VersionDiff.Change.REMOVED)).isEqualTo(2);
        assertThat(diff.counts().get(VersionDiff.Change.ADDED)).isEqualTo(6);
    }

    @Test
    void theContentHashChangesWhenAnyRuleFileChanges() throws Exception {
        Path drl = Path.of(DemoRules.class.getResource("/demo/standards/demo2020/DEMO-2020.drl").toURI());
        DemoRules edited = DemoRules.build(Map.of("standards/demo2020/DEMO-2020.drl",
                Files.readString(drl) + "\n// a comment is a change too\n"));
        assertThat(edited.catalog.contentHash()).startsWith("sha256:").isNotEqualTo(DEMO.catalog.contentHash());
        assertThat(DemoRules.build().catalog.contentHash()).isEqualTo(DEMO.catalog.contentHash());
    }
}
