package cn.majorhazard.benchmarks;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.UnitSubmission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation cost against its baseline, an enterprise with no units: how it grows with a realistic chemical
 * enterprise (12 units) and with a 1,000-unit one. Report the ratios, not the absolute times (noisy 2-core box).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    Evaluator evaluator;
    Submission empty;
    Submission realistic;
    Submission thousandUnits;

    @Setup
    public void setUp() {
        KieContainer container = KieServices.get().getKieClasspathContainer();
        Catalog catalog = CatalogLoader.load(new KieModuleResources(container));
        evaluator = new Evaluator(container, catalog);
        empty = submission(0);
        realistic = submission(12);
        thousandUnits = submission(1000);
    }

    /** n units: tanks, warehouses and process units in turn, each with a mix of known and unknown facts. */
    static Submission submission(int n) {
        List<UnitSubmission> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(switch (i % 3) {
                case 0 -> new UnitSubmission("V-" + i, "STORAGE_TANK", "储罐" + i, Map.of(
                        "fullyPressurizedLiquefiedHydrocarbonTank", true, "waterInjectionProvidedPerStandard", i % 2 == 0));
                case 1 -> new UnitSubmission("W-" + i, "HAZCHEM_WAREHOUSE", "仓库" + i, Map.of(
                        "storedQuantity", 8 + i % 5, "permittedQuantity", 10,
                        "incompatibleSubstancesStoredTogether", false));
                default -> new UnitSubmission("U-" + i, "PROCESS_UNIT", "装置" + i, Map.of(
                        "inService", true, "formallyDesigned", i % 4 == 0));
            });
        }
        return new Submission(LocalDate.of(2026, 5, 20), List.of("chem-2017"),
                new UnitSubmission("enterprise", "ENTERPRISE", "基准企业", Map.of("isHazchemProducerOrTrader", true,
                        "principalAssessmentPassed", true, "safetyManagersAllAssessmentPassed", false)),
                units, true);
    }

    @Benchmark
    public Evaluation baselineEnterpriseOnly() {
        return evaluator.evaluate(empty);
    }

    @Benchmark
    public Evaluation realisticTwelveUnits() {
        return evaluator.evaluate(realistic);
    }

    @Benchmark
    public Evaluation thousandUnits() {
        return evaluator.evaluate(thousandUnits);
    }
}
