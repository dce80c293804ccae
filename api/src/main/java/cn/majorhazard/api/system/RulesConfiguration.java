package cn.majorhazard.api.system;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.evaluation.VersionDiff;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the rules kjar (compiled to the executable model at build time) and its catalog once. Any inconsistency
 * fails start-up: a service with half its standards would answer wrongly without saying so.
 */
@Configuration
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    KieContainer kieContainer() {
        return KieServices.get().getKieClasspathContainer();
    }

    @Bean
    Catalog catalog(KieContainer container) {
        Catalog catalog = CatalogLoader.load(new KieModuleResources(container));
        log.info("Loaded {} standard versions, ruleset {} {}", catalog.versions().size(), catalog.rulesetVersion(),
                catalog.contentHash());
        return catalog;
    }

    @Bean
    Evaluator evaluator(KieContainer container, Catalog catalog) {
        Evaluator evaluator = new Evaluator(container, catalog);
        // Build every KieBase now, so the first request does not pay for it and a broken one stops start-up.
        catalog.versions().forEach(v -> container.getKieBase(v.versionId()));
        return evaluator;
    }

    @Bean
    VersionDiff versionDiff(Evaluator evaluator) {
        return new VersionDiff(evaluator);
    }
}
