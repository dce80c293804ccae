package cn.majorhazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.majorhazard.engine.evaluation.Determination;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.submission.Submission;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cn.majorhazard.engine.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code samples/<standard>/<name>.json} (a submission exactly as POSTed to /api/evaluations) gives the
 * verdicts listed in its {@code <name>.expected.yaml}.
 */
class SamplesTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Expected(String description, List<Line> expect) {
        record Line(String item, String unit, String verdict) {
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesTheVerdictsListedBesideIt() throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            List<Path> samples = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> RulesFixture.selected(p.getParent().getFileName().toString())
                            || System.getProperty("standard") != null
                            && p.getParent().getFileName().toString().contains(System.getProperty("standard")))
                    .sorted().toList();
            return samples.stream().map(p -> DynamicTest.dynamicTest(SAMPLES.relativize(p).toString(),
                    () -> check(p)));
        }
    }

    private static void check(Path sample) throws IOException {
        Path expectedFile = sample.resolveSibling(sample.getFileName().toString().replace(".json", ".expected.yaml"));
        assertThat(expectedFile).as("expected verdicts beside the sample").exists();
        Submission submission = JSON.readValue(sample.toFile(), Submission.class);
        Expected expected = CatalogLoader.yaml().readValue(expectedFile.toFile(), Expected.class);
        Evaluation evaluation = RulesFixture.EVALUATOR.evaluate(submission);
        assertThat(expected.expect()).isNotEmpty();
        for (Expected.Line line : expected.expect()) {
            List<Determination> matching = evaluation.determinations().stream()
                    .filter(d -> d.itemId().equals(line.item()) && d.unitId().equals(line.unit())).toList();
            assertThat(matching).as("%s on %s in %s", line.item(), line.unit(), sample).hasSize(1);
            assertThat(matching.get(0).verdict().name()).as("%s on %s in %s (fired %s)", line.item(), line.unit(),
                    sample.getFileName(), matching.get(0).firedRules()).isEqualTo(line.verdict());
        }
    }
}
