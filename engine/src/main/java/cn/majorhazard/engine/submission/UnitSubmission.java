package cn.majorhazard.engine.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/** One unit as the user described it: its id, type, name and the facts they know (key -> JSON-like value). */
public record UnitSubmission(String id, String type, String name, Map<String, Object> facts) {

    public UnitSubmission {
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }
}
