package cn.majorhazard.benchmarks;

import cn.majorhazard.engine.catalog.KieModuleResources;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.utils.KieHelper;
import org.kie.api.io.ResourceType;
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
@Fork(3)
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

    @Benchmark
    public int baselineDrlCompiledAtStartUp() {
        KieContainer container = KieServices.get().newKieClasspathContainer();
        KieModuleResources resources = new KieModuleResources(container);
        int rules = 0;
        for (String name : container.getKieBaseNames()) {
            String folder = "standards/" + name.replaceAll("[^a-zA-Z0-9]", "") + "/";
            KieHelper helper = new KieHelper();
            resources.fileNames().stream().filter(f -> f.startsWith(folder) && f.endsWith(".drl"))
                    .forEach(f -> helper.addContent(new String(resources.read(f), java.nio.charset.StandardCharsets.UTF_8),
                            ResourceType.DRL));
            if (helper.verify().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(helper.verify().getMessages().toString());
            }
            KieBase kb = helper.build();
            rules += kb.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        }
        return rules;
    }

}
