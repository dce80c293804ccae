package cn.majorhazard.benchmarks;

import cn.majorhazard.engine.catalog.KieModuleResources;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import java.nio.charset.StandardCharsets;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why the rules are compiled at build time: loading every KieBase from the executable-model kjar, against the
 * baseline of compiling the same DRL when the service starts. Single-shot, each in a fresh JVM state per fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(2)
public class RulesLoadingBenchmark {

    @Benchmark
    public int executableModelFromKjar() {
        KieContainer container = KieServices.get().newKieClasspathContainer();
        int rules = 0;
        for (String name : container.getKieBaseNames()) {
            KieBase kb = container.getKieBase(name);
            rules += kb.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        }
        return rules;
    }

    /** The alternative: compile the same DRL (to the executable model) when the service starts. */
    @Benchmark
    public int baselineDrlCompiledAtStartUp() {
        KieServices ks = KieServices.get();
        KieModuleResources resources = new KieModuleResources(ks.getKieClasspathContainer());
        ReleaseId id = ks.newReleaseId("cn.majorhazard.bench", "runtime-rules", "1." + System.nanoTime());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        kfs.write("src/main/resources/META-INF/kmodule.xml",
                new String(resources.read("META-INF/kmodule.xml"), StandardCharsets.UTF_8));
        resources.fileNames().stream().filter(f -> f.startsWith("standards/") && f.endsWith(".drl"))
                .forEach(f -> kfs.write("src/main/resources/" + f, resources.read(f)));
        ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        KieContainer container = ks.newKieContainer(id);
        int rules = 0;
        for (String name : container.getKieBaseNames()) {
            rules += container.getKieBase(name).getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        }
        return rules;
    }
}
