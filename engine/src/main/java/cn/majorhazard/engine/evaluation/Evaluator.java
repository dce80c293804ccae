package cn.majorhazard.engine.evaluation;

import cn.majorhazard.engine.catalog.Article;
import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogException;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.catalog.UnitType;
import cn.majorhazard.engine.evaluation.Findings.Outcome;
import cn.majorhazard.engine.submission.Fact;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.SubmissionValidator;
import cn.majorhazard.engine.submission.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * 判定引擎 — judges a submission against the chosen standard versions, one KieBase per version, and gives exactly
 * one verdict per (item, unit):
 * <ol>
 *   <li>a rule established a branch: HAZARD (this wins, so no clearing rule can hide a hazard);</li>
 *   <li>a scope rule excluded the unit: NOT_APPLICABLE;</li>
 *   <li>a clearing rule ruled every branch out: NOT_HAZARD;</li>
 *   <li>nothing decided it: UNDETERMINED, naming the item's facts that were not given.</li>
 * </ol>
 * Nothing here knows a standard by name.
 */
public final class Evaluator {

    private final KieContainer container;
    private final Catalog catalog;
    private final SubmissionValidator validator;
    private final VersionSelector selector;

    public Evaluator(KieContainer container, Catalog catalog) {
        this.container = container;
        this.catalog = catalog;
        this.validator = new SubmissionValidator(catalog.dictionary());
        this.selector = new VersionSelector(catalog);
        for (StandardVersion v : catalog.versions()) {
            if (!container.getKieBaseNames().contains(v.versionId())) {
                throw new CatalogException("no KieBase named " + v.versionId() + " in kmodule.xml");
            }
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public Evaluation evaluate(Submission submission) {
        SubmissionValidator.Normalized input = validator.validate(submission);
        LocalDate date = submission.assessmentDate();
        List<VersionSelector.Selected> selected = selector.select(date, submission.standards(), input.facts());
        List<Determination> determinations = new ArrayList<>();
        for (VersionSelector.Selected s : selected) {
            Findings findings = run(s.version().versionId(), input.units(), input.facts());
            determinations.addAll(new VersionJudgement(s.version(), date, input, findings,
                    submission.allUnitsListed()).determinations());
        }
        Map<Verdict, Long> summary = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            summary.put(v, determinations.stream().filter(d -> d.verdict() == v).count());
        }
        List<String> hazards = determinations.stream().filter(d -> d.verdict() == Verdict.HAZARD)
                .map(Determination::itemId).distinct().toList();
        return new Evaluation(date, catalog.rulesetVersion(), catalog.contentHash(),
                selected.stream().map(VersionSelector.Selected::application).toList(), summary, hazards,
                determinations);
    }

    /** Runs one version's rules over the units and facts; exposed for the rules module's consistency tests. */
    public Findings run(String versionId, List<Unit> units, List<Fact> facts) {
        KieBase kieBase = container.getKieBase(versionId);
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Findings findings = new Findings();
        session.setGlobal("findings", findings);
        List<Object> objects = new ArrayList<>(units.size() + facts.size());
        objects.addAll(units);
        objects.addAll(facts);
        session.execute(objects);
        return findings;
    }

    /** The verdicts of one version for one submission. */
    private final class VersionJudgement {
        private final StandardVersion version;
        private final LocalDate date;
        private final List<Unit> units;
        private final Map<String, String> unitTypes;
        private final Map<String, Map<String, Fact>> factsByUnit;
        private final Map<String, List<Outcome>> outcomes;
        private final boolean allUnitsListed;
        private final Map<String, Determination> decided = new LinkedHashMap<>();

        VersionJudgement(StandardVersion version, LocalDate date, SubmissionValidator.Normalized input,
                         Findings findings, boolean allUnitsListed) {
            this.version = version;
            this.date = date;
            this.units = input.units();
            this.unitTypes = units.stream().collect(Collectors.toMap(Unit::id, Unit::type));
            this.factsByUnit = input.facts().stream().collect(Collectors.groupingBy(Fact::getUnitId,
                    LinkedHashMap::new, Collectors.toMap(Fact::getKey, Function.identity())));
            this.outcomes = findings.outcomes().stream()
                    .collect(Collectors.groupingBy(o -> o.itemId() + "@" + o.unitId()));
            this.allUnitsListed = allUnitsListed;
        }

        List<Determination> determinations() {
            List<Determination> result = new ArrayList<>();
            for (Item item : version.items()) {
                List<Unit> targets = units.stream().filter(u -> item.unitTypes().contains(u.type())).toList();
                if (targets.isEmpty()) {
                    result.add(noUnitOfType(item));
                    continue;
                }
                for (Unit unit : targets) {
                    result.add(judge(item, unit));
                }
            }
            return result;
        }

        private Determination judge(Item item, Unit unit) {
            String key = item.id() + "@" + unit.id();
            Determination known = decided.get(key);
            if (known != null) {
                return known;
            }
            Determination d = decide(item, unit);
            decided.put(key, d);
            return d;
        }

        private Determination decide(Item item, Unit unit) {
            if (item.effectiveFrom() != null && date.isBefore(item.effectiveFrom())) {
                return determination(item, unit, Verdict.NOT_APPLICABLE, List.of(), List.of(), List.of(),
                        "本项自 " + item.effectiveFrom() + (item.effectiveFromInferred() ? "（推定日期）" : "")
                                + " 起适用，评估日期早于该日",
                        "this item applies from " + item.effectiveFrom()
                                + (item.effectiveFromInferred() ? " (inferred date)" : "")
                                + ", after the assessment date", List.of());
            }
            if (!item.isEncoded()) {
                return determination(item, unit, Verdict.UNDETERMINED, List.of(), List.of(), List.of(),
                        item.notEncodedReason(),
                        "this clause cannot be judged yet: its wording is not in the catalog", List.of());
            }
            List<Item> children = version.children(item.id());
            if (!children.isEmpty()) {
                return aggregate(item, unit, children);
            }
            List<Outcome> found = outcomes.getOrDefault(item.id() + "@" + unit.id(), List.of());
            for (Verdict v : List.of(Verdict.HAZARD, Verdict.NOT_APPLICABLE, Verdict.NOT_HAZARD)) {
                List<Outcome> decisive = found.stream().filter(o -> o.verdict() == v).toList();
                if (!decisive.isEmpty()) {
                    List<FactValue> basis = decisive.stream().flatMap(o -> o.basis().stream()).distinct()
                            .map(this::describe).toList();
                    if (v == Verdict.NOT_HAZARD && item.textIncomplete()) {
                        // The quoted part is ruled out, but the clause may have branches nobody could read.
                        return determination(item, unit, Verdict.UNDETERMINED, basis, List.of(), List.of(),
                                "本条收录的条文不完整：已收录部分均不构成，未收录部分无法排除，须对照正式文本复核",
                                "only part of this clause is in the catalog: the known part is ruled out, the rest"
                                        + " cannot be, so check against the official text",
                                decisive.stream().map(Outcome::ruleName).toList());
                    }
                    return determination(item, unit, v, basis, List.of(), List.of(),
                            joined(decisive.stream().map(Outcome::reasonZh).toList()),
                            joined(decisive.stream().map(Outcome::reasonEn).toList()),
                            decisive.stream().map(Outcome::ruleName).toList());
                }
            }
            List<MissingFact> missing = missingFacts(item, unit);
            if (missing.isEmpty()) {
                List<String> unrelated = unreferencedBy(item, unit);
                if (!unrelated.isEmpty()) {
                    return determination(item, unit, Verdict.UNDETERMINED, List.of(), missing, unrelated,
                            "没有申报与本单元关联的" + unrelated.stream().map(t -> catalog.dictionary().unitType(t)
                                    .map(UnitType::zh).orElse(t)).collect(Collectors.joining("、"))
                                    + "（例如为本区域服务的系统），请补充",
                            "no unit of type " + unrelated + " names this unit (e.g. the system serving this area):"
                                    + " describe it", List.of());
                }
            }
            return determination(item, unit, Verdict.UNDETERMINED, List.of(), missing, List.of(),
                    missing.isEmpty() ? "已知事实未能判定本项，需专家复核" : "缺少判定所需的事实",
                    missing.isEmpty() ? "the facts given do not decide this item: refer for expert review"
                            : "facts needed to decide are missing", List.of());
        }

        /** A parent item is a hazard if any sub-item is, and cleared only when every sub-item is. */
        private Determination aggregate(Item item, Unit unit, List<Item> children) {
            List<Determination> parts = children.stream().filter(c -> c.unitTypes().contains(unit.type()))
                    .map(c -> judge(c, unit)).toList();
            Verdict verdict;
            if (parts.stream().anyMatch(p -> p.verdict() == Verdict.HAZARD)) {
                verdict = Verdict.HAZARD;
            } else if (parts.stream().anyMatch(p -> p.verdict() == Verdict.UNDETERMINED)) {
                verdict = Verdict.UNDETERMINED;
            } else if (parts.stream().allMatch(p -> p.verdict() == Verdict.NOT_APPLICABLE)) {
                verdict = Verdict.NOT_APPLICABLE;
            } else {
                verdict = Verdict.NOT_HAZARD;
            }
            List<Determination> deciding = parts.stream().filter(p -> p.verdict() == verdict).toList();
            return determination(item, unit, verdict,
                    deciding.stream().flatMap(p -> p.basis().stream()).distinct().toList(),
                    deciding.stream().flatMap(p -> p.missingFacts().stream()).distinct().toList(), List.of(),
                    "由子项判定：" + deciding.stream().map(Determination::itemId).toList(),
                    "decided by sub-items " + deciding.stream().map(Determination::itemId).toList(),
                    deciding.stream().flatMap(p -> p.firedRules().stream()).distinct().toList());
        }

        private Determination noUnitOfType(Item item) {
            Unit enterprise = units.get(0);
            String typesZh = item.unitTypes().stream().map(t -> catalog.dictionary().unitType(t)
                    .map(UnitType::zh).orElse(t)).collect(Collectors.joining("、"));
            if (item.effectiveFrom() != null && date.isBefore(item.effectiveFrom())) {
                return decide(item, new Unit(enterprise.id(), enterprise.type(), enterprise.name()));
            }
            if (allUnitsListed) {
                return determination(item, enterprise, Verdict.NOT_APPLICABLE, List.of(), List.of(), List.of(),
                        "企业已列明全部单元，其中没有" + typesZh,
                        "the enterprise listed all its units and none is of type " + item.unitTypes(), List.of());
            }
            return determination(item, enterprise, Verdict.UNDETERMINED, List.of(), List.of(), item.unitTypes(),
                    "未申报" + typesZh + "单元；如企业没有此类单元，请声明已列明全部单元（allUnitsListed）",
                    "no unit of type " + item.unitTypes() + " was described; describe them, or state that all "
                            + "units are listed (allUnitsListed)", List.of());
        }

        /**
         * The item's facts that were not given, in the item's order (scope facts first), asked only of someone
         * who can answer them: the unit's own facts, and the enterprise's facts when the item judges units and reads
         * the enterprise as their scope. When an item also judges the enterprise itself, the enterprise's facts
         * belong to that verdict, not to each unit's.
         */
        private List<MissingFact> missingFacts(Item item, Unit unit) {
            Set<MissingFact> missing = new LinkedHashSet<>();
            boolean enterpriseJudgedApart = !unit.isEnterprise() && item.unitTypes().contains(Unit.ENTERPRISE_TYPE);
            for (String key : item.facts()) {
                FactDefinition d = catalog.dictionary().find(key).orElseThrow();
                String owner;
                if (d.appliesTo(unit.type())) {
                    owner = unit.id();
                } else if (d.appliesTo(Unit.ENTERPRISE_TYPE) && !enterpriseJudgedApart) {
                    owner = Unit.ENTERPRISE_ID;
                } else {
                    // A fact of another unit type: ask it of the units this one names (the areas a dust system
                    // serves), and of no one else.
                    for (String related : referencedUnits(unit, d)) {
                        if (!factsByUnit.getOrDefault(related, Map.of()).containsKey(key)) {
                            missing.add(missingFact(related, d));
                        }
                    }
                    continue;
                }
                if (!factsByUnit.getOrDefault(owner, Map.of()).containsKey(key)) {
                    missing.add(missingFact(owner, d));
                }
            }
            return List.copyOf(missing);
        }

        /**
         * The unit types whose unit-reference facts (read by this item) could name this unit, when no unit of the
         * submission does: an area no listed dust system serves is judged through a system nobody described.
         */
        private List<String> unreferencedBy(Item item, Unit unit) {
            List<String> types = new ArrayList<>();
            for (String key : item.facts()) {
                FactDefinition d = catalog.dictionary().find(key).orElseThrow();
                if (!d.isUnitReference() || !d.refersTo().contains(unit.type()) || d.appliesTo(unit.type())) {
                    continue;
                }
                boolean named = factsByUnit.values().stream().map(m -> m.get(key)).filter(java.util.Objects::nonNull)
                        .anyMatch(f -> f.getUnitIds().contains(unit.id()));
                if (!named) {
                    d.unitTypes().stream().filter(t -> !types.contains(t)).forEach(types::add);
                }
            }
            return types;
        }

        private MissingFact missingFact(String owner, FactDefinition d) {
            return new MissingFact(owner, d.key(), d.zh(), d.question(), d.en(), d.type().code(), d.unit(),
                    d.allowedValues());
        }

        /** The units this unit names through its unit-reference facts, of a type that carries the fact. */
        private List<String> referencedUnits(Unit unit, FactDefinition wanted) {
            List<String> ids = new ArrayList<>();
            for (Fact f : factsByUnit.getOrDefault(unit.id(), Map.of()).values()) {
                FactDefinition ref = catalog.dictionary().find(f.getKey()).orElse(null);
                if (ref == null || !ref.isUnitReference()) {
                    continue;
                }
                for (String target : f.getUnitIds()) {
                    String type = unitTypes.get(target);
                    if (type != null && wanted.appliesTo(type) && !ids.contains(target)) {
                        ids.add(target);
                    }
                }
            }
            return ids;
        }

        private FactValue describe(Fact f) {
            FactDefinition d = catalog.dictionary().find(f.getKey()).orElse(null);
            if (d == null) {
                return new FactValue(f.getUnitId(), f.getKey(), f.getValue(), null, null, null, null);
            }
            return new FactValue(f.getUnitId(), f.getKey(), f.getValue(), valueZh(d, f.getValue()), d.unit(),
                    d.zh(), d.en());
        }

        private Determination determination(Item item, Unit unit, Verdict verdict, List<FactValue> basis,
                                            List<MissingFact> missing, List<String> missingUnitTypes,
                                            String reasonZh, String reasonEn, List<String> rules) {
            return new Determination(item.id(), unit.id(), unit.type(), unit.name(), verdict, verdict.zh(),
                    citation(version, item), basis, missing, missingUnitTypes, reasonZh, reasonEn, rules,
                    item.unconfirmed(), item.reviewRequired(), item.interpretation(), item.notes());
        }
    }

    /** The citation of an item: the version's 文号 unless the item comes from a supplement with its own. */
    public static Citation citation(StandardVersion version, Item item) {
        String articleText = item.article() == null ? null
                : version.article(item.article()).map(Article::text).orElse(null);
        return new Citation(version.standardId(), version.versionId(),
                item.documentTitle() != null ? item.documentTitle() : version.title(),
                item.documentNumber() != null ? item.documentNumber() : version.documentNumber(),
                version.issuer(), articleText != null ? articleText : version.leadIn(),
                version.citationLabel(item), item.text(),
                item.effectiveFrom() != null ? item.effectiveFrom() : version.effectiveFrom(),
                item.effectiveFrom() != null ? item.effectiveFromInferred() : version.effectiveFromInferred(),
                version.effectiveUntil(), item.id(), item.unconfirmed());
    }

    private static String joined(List<String> reasons) {
        String text = reasons.stream().filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining("；"));
        return text.isEmpty() ? null : text;
    }

    static String valueZh(FactDefinition d, Object value) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof String s) {
            return d.allowedValue(s).map(v -> v.zh()).orElse(s);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(o -> d.allowedValue(String.valueOf(o)).map(v -> v.zh()).orElse(String.valueOf(o)))
                    .collect(Collectors.joining("、"));
        }
        if (value instanceof Double x && x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf(x.longValue()) + (d.unit() == null ? "" : " " + d.unit());
        }
        return value + (d.unit() == null || !(value instanceof Number) ? "" : " " + d.unit());
    }
}
