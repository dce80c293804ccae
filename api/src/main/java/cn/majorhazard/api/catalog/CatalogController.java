package cn.majorhazard.api.catalog;

import cn.majorhazard.api.system.NotFoundException;
import cn.majorhazard.engine.catalog.Article;
import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.KieModuleResources;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.evaluation.Citation;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.evaluation.Findings;
import cn.majorhazard.engine.questionnaire.Questionnaire;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 标准目录 — browse the standards, their items with verbatim clauses, the facts each needs, and examples. */
@RestController
@RequestMapping("/api")
@Tag(name = "catalog", description = "标准、条款、所需事实、调查表 / standards, items, facts, questionnaire")
class CatalogController {

    private final Catalog catalog;
    private final KieContainer container;
    private final KieModuleResources resources;
    private final VersionResolver versions;

    CatalogController(Catalog catalog, KieContainer container, VersionResolver versions) {
        this.catalog = catalog;
        this.container = container;
        this.resources = new KieModuleResources(container);
        this.versions = versions;
    }

    /** How complete a version's encoding is. */
    record Completeness(int items, int encoded, int notEncoded, int unconfirmed, int reviewRequired) {
        static Completeness of(StandardVersion v) {
            int encoded = (int) v.items().stream().filter(Item::isEncoded).count();
            return new Completeness(v.items().size(), encoded, v.items().size() - encoded,
                    (int) v.items().stream().filter(Item::unconfirmed).count(),
                    (int) v.items().stream().filter(Item::reviewRequired).count());
        }
    }

    record VersionSummary(String versionId, String title, String documentNumber, String issuer,
                          LocalDate effectiveFrom, boolean effectiveFromInferred, LocalDate effectiveUntil,
                          String supersededBy, String legalNature, boolean inForceToday, Completeness completeness) {
        static VersionSummary of(StandardVersion v) {
            return new VersionSummary(v.versionId(), v.title(), v.documentNumber(), v.issuer(), v.effectiveFrom(),
                    v.effectiveFromInferred(), v.effectiveUntil(), v.supersededBy(), v.legalNature(),
                    v.inForceOn(LocalDate.now()), Completeness.of(v));
        }
    }

    record StandardSummary(String standardId, String title, List<String> sectors, String versionInForceToday,
                           List<VersionSummary> versions) {
    }

    @GetMapping("/standards")
    @Operation(summary = "全部标准及其版本 / every standard, its versions, dates and completeness")
    List<StandardSummary> standards() {
        return catalog.standardIds().stream().map(this::summary).toList();
    }

    private StandardSummary summary(String standardId) {
        List<StandardVersion> versions = catalog.versionsOf(standardId);
        StandardVersion latest = versions.get(versions.size() - 1);
        return new StandardSummary(standardId, latest.title(), latest.sectors(),
                catalog.inForce(standardId, LocalDate.now()).map(StandardVersion::versionId).orElse(null),
                versions.stream().map(VersionSummary::of).toList());
    }

    record StandardDetail(String standardId, String title, List<VersionDetail> versions) {
    }

    record VersionDetail(VersionSummary summary, String scopeClause, String leadIn, String notes,
                         List<Article> articles, List<ItemView> items) {
    }

    /** An item as the catalog shows it: the clause and its citation, flags, and the facts it reads. */
    record ItemView(String id, String label, String citationLabel, String text, String gloss, List<String> unitTypes,
                    List<String> facts, boolean encoded, String notEncodedReason, boolean unconfirmed,
                    String unconfirmedNote, boolean reviewRequired, boolean textIncomplete, String interpretation,
                    String parent,
                    List<String> predecessors, String notes, Citation citation) {
        static ItemView of(StandardVersion v, Item i) {
            return new ItemView(i.id(), i.label(), v.citationLabel(i), i.text(), i.gloss(), i.unitTypes(), i.facts(),
                    i.isEncoded(), i.notEncodedReason(), i.unconfirmed(), i.unconfirmedNote(), i.reviewRequired(),
                    i.textIncomplete(), i.interpretation(), i.parent(), i.predecessors(), i.notes(),
                    Evaluator.citation(v, i));
        }
    }

    @GetMapping("/standards/{standardId}")
    @Operation(summary = "一个标准（或一个版本）的全部条款 / all items of a standard or of one version",
            description = "standardId is a standard (chem, coal, ...) or a version (chem-2017, coal-2020, ...).")
    StandardDetail standard(@PathVariable String standardId) {
        List<StandardVersion> versions = catalog.version(standardId).map(List::of)
                .orElseGet(() -> catalog.versionsOf(standardId));
        if (versions.isEmpty()) {
            throw new NotFoundException("没有该标准 / no standard " + standardId + "; known: " + catalog.standardIds());
        }
        return new StandardDetail(versions.get(0).standardId(), versions.get(versions.size() - 1).title(),
                versions.stream().map(v -> new VersionDetail(VersionSummary.of(v), v.scopeClause(), v.leadIn(),
                        v.notes(), v.articles(), v.items().stream().map(i -> ItemView.of(v, i)).toList())).toList());
    }

    record ItemDetail(String standardId, String versionId, ItemView item, List<FactDefinition> factDefinitions,
                      List<String> rules, JsonNode examples) {
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "一项判定情形 / one item: clause, citation, facts, rules and worked examples",
            description = "examples are the item's test cases: a hazard, a clear, an unknown and boundary cases.")
    ItemDetail item(@PathVariable String itemId) {
        Catalog.Located located = catalog.item(itemId)
                .orElseThrow(() -> new NotFoundException("没有该条款 / no item " + itemId));
        StandardVersion v = located.version();
        Item i = located.item();
        List<FactDefinition> facts = i.facts().stream().map(k -> catalog.dictionary().find(k).orElseThrow()).toList();
        List<String> rules = container.getKieBase(v.versionId()).getKiePackages().stream()
                .map(KiePackage::getRules).flatMap(java.util.Collection::stream)
                .filter(r -> itemId.equals(Findings.itemIdOf(r))).map(org.kie.api.definition.rule.Rule::getName)
                .sorted().toList();
        return new ItemDetail(v.standardId(), v.versionId(), ItemView.of(v, i), facts, rules, examples(v, itemId));
    }

    private JsonNode examples(StandardVersion v, String itemId) {
        String path = CatalogLoader.ROOT + CatalogLoader.folderOf(v.versionId()) + "/cases/" + itemId + ".yaml";
        if (!resources.fileNames().contains(path)) {
            return null;
        }
        try {
            return CatalogLoader.yaml().readTree(resources.read(path)).path("cases");
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "调查表 / the facts to collect, per unit type, in order, with their questions",
            description = "standard is a standard (the version in force on date) or a version id; without it, "
                    + "every standard in force.")
    List<Questionnaire.Section> questionnaire(
            @Parameter(example = "chem") @RequestParam(required = false) String standard,
            @Parameter(example = "TANK_FARM") @RequestParam(required = false) String unitType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        versions.requireUnitType(unitType);
        return Questionnaire.build(catalog, versions.resolve(standard, date == null ? LocalDate.now() : date),
                unitType);
    }
}
