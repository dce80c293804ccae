package cn.majorhazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.evaluation.Determination;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.MissingFact;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.UnitSubmission;
import cn.majorhazard.engine.submission.SubmissionValidator;
import cn.majorhazard.engine.evaluation.Findings;
import cn.majorhazard.engine.evaluation.Verdict;
import java.util.stream.Collectors;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every standard: each case is a small submission judged under its own standard version,
 * and every unit it lists must get the expected verdict for the case's item (and, for UNDETERMINED, exactly the
 * expected missing facts).
 */
class StandardCasesTest {

    @TestFactory
    Stream<DynamicNode> everyCaseOfEveryStandardGivesItsExpectedVerdict() {
        return RulesFixture.CATALOG.versions().stream()
                .filter(v -> RulesFixture.selected(CatalogLoader.folderOf(v.versionId())))
                .map(v -> DynamicContainer.dynamicContainer(v.versionId(), caseFiles(v).stream()
                        .map(file -> DynamicContainer.dynamicContainer(file.item(), file.cases().stream()
                                .map(c -> DynamicTest.dynamicTest(c.kind() + ": " + c.name(),
                                        () -> check(v, file.item(), c)))))));
    }

    static List<CaseFile> caseFiles(StandardVersion version) {
        String prefix = CatalogLoader.ROOT + CatalogLoader.folderOf(version.versionId()) + "/cases/";
        return RulesFixture.RESOURCES.fileNames().stream()
                .filter(f -> f.startsWith(prefix) && f.endsWith(".yaml")).sorted()
                .map(StandardCasesTest::read).toList();
    }

    private static CaseFile read(String path) {
        try {
            return CatalogLoader.yaml().readValue(RulesFixture.RESOURCES.read(path), CaseFile.class);
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A clearing rule must rule out every branch: if it fires on a unit where a hazard rule of the same item also
     * fires, it ignores a branch, and on other facts it would turn that hazard into 不构成.
     */
    private static void assertNoClearingRuleFiresBesideAHazardRule(StandardVersion version, String itemId,
                                                                    Submission submission) {
        SubmissionValidator.Normalized input = new SubmissionValidator(RulesFixture.CATALOG.dictionary())
                .validate(submission);
        Findings findings = RulesFixture.EVALUATOR.run(version.versionId(), input.units(), input.facts());
        Map<String, List<Findings.Outcome>> byUnit = findings.outcomes().stream()
                .filter(o -> o.itemId().equals(itemId)).collect(Collectors.groupingBy(Findings.Outcome::unitId));
        byUnit.forEach((unit, outcomes) -> {
            List<String> hazards = outcomes.stream().filter(o -> o.verdict() == Verdict.HAZARD)
                    .map(Findings.Outcome::ruleName).toList();
            List<String> clears = outcomes.stream().filter(o -> o.verdict() != Verdict.HAZARD)
                    .map(Findings.Outcome::ruleName).toList();
            assertThat(hazards.isEmpty() || clears.isEmpty())
                    .as("%s on %s: hazard rules %s fired together with %s", itemId, unit, hazards, clears).isTrue();
        });
    }

    @SuppressWarnings("unchecked")
    private static void check(StandardVersion version, String itemId, CaseFile.Case c) {
        Map<String, Object> enterprise = c.enterprise() == null ? Map.of() : c.enterprise();
        Map<String, Object> enterpriseFacts = (Map<String, Object>) enterprise.getOrDefault("facts", Map.of());
        List<UnitSubmission> units = c.units() == null ? List.of()
                : c.units().stream().map(u -> new UnitSubmission(u.id(), u.type(), u.name(), u.facts())).toList();
        Submission submission = new Submission(
                c.date() != null ? c.date() : version.effectiveFrom(),
                List.of(version.versionId()),
                new UnitSubmission("enterprise", "ENTERPRISE", "case enterprise", enterpriseFacts),
                units,
                c.allUnitsListed() != null && c.allUnitsListed());
        Evaluation evaluation = RulesFixture.EVALUATOR.evaluate(submission);
        assertNoClearingRuleFiresBesideAHazardRule(version, itemId, submission);
        assertThat(c.expect()).as("case must expect something").isNotEmpty();
        for (Map.Entry<String, String> expected : c.expect().entrySet()) {
            Determination d = evaluation.determinations().stream()
                    .filter(x -> x.itemId().equals(itemId) && x.unitId().equals(expected.getKey()))
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "no determination of " + itemId + " for unit " + expected.getKey()));
            assertThat(d.verdict().name()).as("%s on %s (rules fired: %s, missing: %s)", itemId,
                    expected.getKey(), d.firedRules(), d.missingFacts().stream().map(MissingFact::key).toList())
                    .isEqualTo(expected.getValue());
            List<String> missing = c.missing() == null ? null : c.missing().get(expected.getKey());
            if (missing != null) {
                assertThat(d.missingFacts().stream().map(MissingFact::key).toList())
                        .as("missing facts of %s on %s", itemId, expected.getKey())
                        .containsExactlyInAnyOrderElementsOf(missing);
            }
        }
        if (c.kind() == CaseFile.Kind.unknown) {
            assertThat(c.missing()).as("an unknown case names the facts it leaves out").isNotNull();
        }
        assertThat(Objects.requireNonNull(c.name())).isNotBlank();
    }
}
