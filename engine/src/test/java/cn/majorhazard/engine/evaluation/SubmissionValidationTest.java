package cn.majorhazard.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.majorhazard.engine.DemoRules;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.UnitSubmission;
import cn.majorhazard.engine.submission.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input names the field at fault and what was expected; every fault is reported, not just the first. */
class SubmissionValidationTest {

    static List<Violation> violations(UnitSubmission... units) {
        Submission s = new Submission(LocalDate.parse("2025-05-01"), List.of("demo"),
                new UnitSubmission("enterprise", "ENTERPRISE", "x", Map.of()), List.of(units), false);
        return catchThrowableOfType(() -> EvaluatorTest.DEMO.evaluator.evaluate(s), InvalidSubmissionException.class)
                .violations();
    }

    @Test
    void everyFaultIsNamedByItsPathWithWhatWasExpected() {
        List<Violation> v = violations(
                new UnitSubmission("T1", "TANK", null, Map.of("waterInjection", "否", "storedQuantity", -1,
                        "grade", "C", "colour", "red")),
                new UnitSubmission("T1", "TANK", null, Map.of()),
                new UnitSubmission("X", "ROCKET", null, Map.of()),
                new UnitSubmission("S1", "DUST_SYSTEM", null, Map.of("servedAreas", List.of("nowhere"))));
        assertThat(v).extracting(Violation::field).containsExactlyInAnyOrder(
                "units[0].facts.waterInjection", "units[0].facts.storedQuantity", "units[0].facts.grade",
                "units[0].facts.colour", "units[1].id", "units[2].type", "units[3].facts.servedAreas");
        assertThat(v).filteredOn(x -> x.field().endsWith("grade")).extracting(Violation::expected)
                .containsExactly("one of [A, B]");
        assertThat(v).filteredOn(x -> x.field().endsWith("waterInjection")).extracting(Violation::expected)
                .containsExactly("true or false");
        assertThat(v).filteredOn(x -> x.field().endsWith("storedQuantity")).extracting(Violation::expected)
                .containsExactly("a number (t) in [0.0, ∞]");
    }

    @Test
    void aFactOfAnotherUnitTypeIsRejectedWithTheTypesItBelongsTo() {
        List<Violation> v = violations(new UnitSubmission("A1", "AREA", null, Map.of("waterInjection", true)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("units[0].facts.waterInjection");
            assertThat(x.expected()).contains("[TANK]");
        });
    }

    @Test
    void aNullFactIsUnknownNotAnError() {
        java.util.HashMap<String, Object> facts = new java.util.HashMap<>();
        facts.put("waterInjection", null);
        facts.put("pressurised", true);
        Submission s = new Submission(LocalDate.parse("2025-05-01"), List.of("demo"),
                new UnitSubmission("enterprise", "ENTERPRISE", "x", Map.of()),
                List.of(new UnitSubmission("T1", "TANK", null, facts)), false);
        assertThat(EvaluatorTest.verdict(EvaluatorTest.DEMO.evaluator.evaluate(s), "DEMO-2020-01", "T1").verdict())
                .isEqualTo(Verdict.UNDETERMINED);
    }
}
