package cn.majorhazard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.evaluation.Findings;
import cn.majorhazard.engine.submission.Unit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The build fails when the knowledge is inconsistent: an item without rules or cases, a rule naming an item that
 * does not exist, a rule reading a fact the dictionary does not declare, a KieBase that did not load.
 */
class CatalogConsistencyTest {

    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");
    private static final Pattern FACT_KEY = Pattern.compile("key\\s*==\\s*\"([A-Za-z0-9_]+)\"");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

    @Test
    void everyVersionHasItsKieBaseAndEveryKieBaseHasRules() {
        Set<String> versions = RulesFixture.CATALOG.versions().stream().map(StandardVersion::versionId)
                .collect(Collectors.toSet());
        assertThat(RulesFixture.CONTAINER.getKieBaseNames()).containsExactlyInAnyOrderElementsOf(versions);
        for (String name : versions) {
            assertThat(rules(name)).as("rules in KieBase %s", name).isNotEmpty();
        }
    }

    @Test
    void everyRuleNamesAnItemOfItsOwnVersionAndStartsWithItsId() {
        List<String> problems = new ArrayList<>();
        for (StandardVersion v : RulesFixture.CATALOG.versions()) {
            for (Rule rule : rules(v.versionId())) {
                String itemId = Findings.itemIdOf(rule);
                if (itemId == null) {
                    problems.add(rule.getName() + ": no @itemId");
                } else if (v.item(itemId).isEmpty()) {
                    problems.add(rule.getName() + ": @itemId " + itemId + " is not an item of " + v.versionId());
                } else if (!rule.getName().startsWith(itemId + " ")) {
                    problems.add(rule.getName() + ": the name must start with " + itemId);
                } else if (!rule.getName().matches(Pattern.quote(itemId)
                        + " (hazard|clear|not applicable)(\\b.*)?: .+")) {
                    problems.add(rule.getName() + ": name it \"<id> hazard|clear|not applicable: <what>\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEncodedItemHasHazardAndClearRulesAndNoOtherItemHasAny() {
        List<String> problems = new ArrayList<>();
        for (StandardVersion v : RulesFixture.CATALOG.versions()) {
            Map<String, List<String>> byItem = new HashMap<>();
            rules(v.versionId()).forEach(r -> byItem.computeIfAbsent(Findings.itemIdOf(r), k -> new ArrayList<>())
                    .add(r.getName()));
            for (Item item : v.items()) {
                List<String> names = byItem.getOrDefault(item.id(), List.of());
                boolean parent = !v.children(item.id()).isEmpty();
                if (!item.isEncoded() || parent) {
                    if (!names.isEmpty()) {
                        problems.add(item.id() + (parent ? " takes its verdict from its sub-items" : " is not encoded")
                                + " but has rules " + names);
                    }
                    continue;
                }
                if (names.stream().noneMatch(n -> n.startsWith(item.id() + " hazard"))) {
                    problems.add(item.id() + " has no hazard rule");
                }
                if (names.stream().noneMatch(n -> n.startsWith(item.id() + " clear"))) {
                    problems.add(item.id() + " has no clear rule");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFactARuleReadsIsDeclaredForTheUnitsItsItemJudges() {
        List<String> problems = new ArrayList<>();
        for (StandardVersion v : RulesFixture.CATALOG.versions()) {
            String folder = CatalogLoader.ROOT + CatalogLoader.folderOf(v.versionId()) + "/";
            for (String file : RulesFixture.RESOURCES.fileNames()) {
                if (!file.startsWith(folder) || !file.endsWith(".drl")) {
                    continue;
                }
                String drl = new String(RulesFixture.RESOURCES.read(file), StandardCharsets.UTF_8);
                Matcher rule = RULE_BLOCK.matcher(drl);
                while (rule.find()) {
                    String itemId = rule.group(1).split(" ")[0];
                    Item item = v.item(itemId).orElse(null);
                    if (item == null) {
                        continue; // reported by everyRuleNamesAnItemOfItsOwnVersionAndStartsWithItsId
                    }
                    Set<String> allowedOwners = new HashSet<>(item.unitTypes());
                    allowedOwners.add(Unit.ENTERPRISE_TYPE);
                    // units the item's own unit-reference facts name (a face's mine, a system's areas)
                    item.facts().stream().map(k -> RulesFixture.CATALOG.dictionary().find(k).orElse(null))
                            .filter(d -> d != null && !d.refersTo().isEmpty())
                            .forEach(d -> allowedOwners.addAll(d.refersTo()));
                    Matcher key = FACT_KEY.matcher(rule.group(2));
                    while (key.find()) {
                        FactDefinition d = RulesFixture.CATALOG.dictionary().find(key.group(1)).orElse(null);
                        if (d == null) {
                            problems.add(file + " \"" + rule.group(1) + "\" reads undeclared fact " + key.group(1));
                        } else if (d.unitTypes().stream().noneMatch(allowedOwners::contains)) {
                            problems.add(file + " \"" + rule.group(1) + "\" reads " + key.group(1)
                                    + " which no unit of " + item.unitTypes() + " carries, nor a unit they name");
                        } else if (!item.facts().contains(key.group(1))) {
                            problems.add(file + " \"" + rule.group(1) + "\" reads " + key.group(1)
                                    + " which items.yaml does not list among " + itemId + "'s facts");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEncodedItemHasHazardClearAndUnknownCasesAndABoundaryCaseForEveryNumber() {
        List<String> problems = new ArrayList<>();
        for (StandardVersion v : RulesFixture.CATALOG.versions()) {
            Map<String, Set<CaseFile.Kind>> kinds = new HashMap<>();
            for (CaseFile file : StandardCasesTest.caseFiles(v)) {
                if (v.item(file.item()).isEmpty()) {
                    problems.add(v.versionId() + ": cases for unknown item " + file.item());
                    continue;
                }
                file.cases().forEach(c -> kinds.computeIfAbsent(file.item(), k -> new HashSet<>()).add(c.kind()));
                Item item = v.item(file.item()).get();
                file.cases().forEach(c -> checkKindMatchesExpectation(item, c, problems));
            }
            for (Item item : v.items()) {
                if (!item.isEncoded()) {
                    continue;
                }
                Set<CaseFile.Kind> has = kinds.getOrDefault(item.id(), Set.of());
                for (CaseFile.Kind needed : List.of(CaseFile.Kind.hazard, CaseFile.Kind.clear, CaseFile.Kind.unknown)) {
                    if (!has.contains(needed)) {
                        problems.add(item.id() + " has no " + needed + " case");
                    }
                }
                if (DIGIT.matcher(item.text()).find() && item.noBoundaryReason() == null
                        && !has.contains(CaseFile.Kind.boundary)) {
                    problems.add(item.id() + " has a number in its clause but no boundary case");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A clear case of a clause known only in part expects UNDETERMINED: the unread part cannot be cleared. */
    private static void checkKindMatchesExpectation(Item item, CaseFile.Case c, List<String> problems) {
        String itemId = item.id();
        String wanted = switch (c.kind()) {
            case hazard -> "HAZARD";
            case clear -> item.textIncomplete() ? "UNDETERMINED" : "NOT_HAZARD";
            case unknown -> "UNDETERMINED";
            case not_applicable -> "NOT_APPLICABLE";
            case boundary -> null;
        };
        if (wanted != null && (c.expect() == null || !c.expect().containsValue(wanted))) {
            problems.add(itemId + " case \"" + c.name() + "\" is a " + c.kind() + " case but expects no " + wanted);
        }
    }

    private static List<Rule> rules(String kbaseName) {
        KieBase kieBase = RulesFixture.CONTAINER.getKieBase(kbaseName);
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }
}
