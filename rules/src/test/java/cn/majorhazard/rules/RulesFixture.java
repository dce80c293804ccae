package cn.majorhazard.rules;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import cn.majorhazard.engine.evaluation.Evaluator;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/** The rules module as the service loads it: the classpath kjar, its catalog and an evaluator. Built once. */
final class RulesFixture {

    static final KieContainer CONTAINER = KieServices.get().getKieClasspathContainer();
    static final KieModuleResources RESOURCES = new KieModuleResources(CONTAINER);
    static final Catalog CATALOG = CatalogLoader.load(RESOURCES);
    static final Evaluator EVALUATOR = new Evaluator(CONTAINER, CATALOG);

    private RulesFixture() {
    }

    /** {@code -Dstandard=coal2026} restricts the case tests to one folder, for quick runs while encoding. */
    static boolean selected(String folder) {
        String only = System.getProperty("standard");
        return only == null || only.isBlank() || only.equals(folder);
    }
}
