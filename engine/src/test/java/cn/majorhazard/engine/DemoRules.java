package cn.majorhazard.engine;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import cn.majorhazard.engine.evaluation.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * The demonstration standard in src/test/resources/demo (two versions, demo-2020 and demo-2026), built into an
 * in-memory kjar, so the engine is tested without any real standard. Files can be replaced per test.
 */
public final class DemoRules {

    public final KieContainer container;
    public final Catalog catalog;
    public final Evaluator evaluator;

    private DemoRules(KieContainer container) {
        this.container = container;
        this.catalog = CatalogLoader.load(new KieModuleResources(container));
        this.evaluator = new Evaluator(container, catalog);
    }

    public static DemoRules build() {
        return build(Map.of());
    }

    /** @param replaced paths (e.g. standards/demo2020/DEMO-2020.drl) whose content this build uses instead */
    public static DemoRules build(Map<String, String> replaced) {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("cn.majorhazard.test", "demo", "1.0." + UUID.randomUUID().toString().hashCode());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="demo-2020" packages="standards.demo2020"/>
                  <kbase name="demo-2026" packages="standards.demo2026"/>
                </kmodule>""");
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String path = root.relativize(f).toString().replace('\\', '/');
                try {
                    kfs.write("src/main/resources/" + path,
                            replaced.getOrDefault(path, Files.readString(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The executable model, as the production kjar uses (the classic DRL compiler needs drools-mvel).
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().getMessages().toString());
        }
        return new DemoRules(ks.newKieContainer(id));
    }

    private static Path root() {
        try {
            return Path.of(DemoRules.class.getResource("/demo").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
