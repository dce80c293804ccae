package cn.majorhazard.engine.questionnaire;

import cn.majorhazard.engine.catalog.AllowedValue;
import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.catalog.UnitType;
import cn.majorhazard.engine.submission.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 调查表 — the facts to collect for some standard versions, per unit type, in a sensible order: the enterprise
 * first, then each unit type in the order the items first mention it; within a type, facts in the order the items
 * read them (scope facts first), each with the items that need it. The Excel template is built from the same.
 */
public final class Questionnaire {

    /** One question: a fact of the dictionary and the items that read it. */
    public record Question(String key, String zh, String question, String en, String type, String unit,
                           Double min, Double max, List<AllowedValue> values, List<String> refersTo,
                           List<String> items) {
    }

    /** The questions about one unit type. */
    public record Section(String unitType, String unitTypeZh, String unitTypeEn, List<Question> questions) {
    }

    private Questionnaire() {
    }

    public static List<Section> build(Catalog catalog, List<StandardVersion> versions, String onlyUnitType) {
        Map<String, Map<String, List<String>>> itemsByFactByType = new LinkedHashMap<>();
        itemsByFactByType.put(Unit.ENTERPRISE_TYPE, new LinkedHashMap<>());
        itemsByFactByType.get(Unit.ENTERPRISE_TYPE).put("sectors", new ArrayList<>());
        for (StandardVersion v : versions) {
            for (Item item : v.items()) {
                for (String type : item.unitTypes()) {
                    itemsByFactByType.computeIfAbsent(type, t -> new LinkedHashMap<>());
                }
                for (String key : item.facts()) {
                    FactDefinition d = catalog.dictionary().find(key).orElseThrow();
                    String owner = item.unitTypes().stream().filter(d::appliesTo).findFirst()
                            .orElse(d.appliesTo(Unit.ENTERPRISE_TYPE) ? Unit.ENTERPRISE_TYPE : d.unitTypes().get(0));
                    itemsByFactByType.computeIfAbsent(owner, t -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(item.id());
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> e : itemsByFactByType.entrySet()) {
            if (onlyUnitType != null && !onlyUnitType.equals(e.getKey())) {
                continue;
            }
            UnitType type = catalog.dictionary().unitType(e.getKey()).orElseThrow();
            List<Question> questions = new ArrayList<>();
            e.getValue().forEach((key, items) -> {
                FactDefinition d = catalog.dictionary().find(key).orElseThrow();
                questions.add(new Question(d.key(), d.zh(), d.question(), d.en(), d.type().code(), d.unit(),
                        d.min(), d.max(), d.allowedValues(), d.refersTo(), items.stream().distinct().toList()));
            });
            sections.add(new Section(type.id(), type.zh(), type.en(), questions));
        }
        return sections;
    }
}
