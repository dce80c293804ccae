package cn.majorhazard.engine.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 事实字典 — every fact key any loaded standard declares, merged. A key may be declared by several standards
 * (so a user answers it once) only with the same value contract; the first declaration's labels are kept.
 */
public final class FactDictionary {

    private final Map<String, FactDefinition> byKey = new LinkedHashMap<>();
    private final Map<String, String> declaredIn = new LinkedHashMap<>();
    private final Map<String, UnitType> unitTypes = new LinkedHashMap<>();

    void addUnitType(UnitType type, String source) {
        UnitType known = unitTypes.putIfAbsent(type.id(), type);
        if (known != null && !known.zh().equals(type.zh())) {
            throw new CatalogException(source + ": unit type " + type.id() + " is already declared as " + known.zh());
        }
    }

    void add(FactDefinition definition, String source) {
        FactDefinition known = byKey.get(definition.key());
        if (known == null) {
            byKey.put(definition.key(), definition);
            declaredIn.put(definition.key(), source);
            return;
        }
        if (!known.sameContractAs(definition)) {
            throw new CatalogException(source + ": fact " + definition.key() + " is declared differently in "
                    + declaredIn.get(definition.key()));
        }
        // The same fact on more unit types: widen the declaration.
        List<String> types = new ArrayList<>(known.unitTypes());
        definition.unitTypes().stream().filter(t -> !types.contains(t)).forEach(types::add);
        byKey.put(known.key(), new FactDefinition(known.key(), types, known.type(), known.unit(), known.zh(),
                known.question(), known.en(), known.allowedValues(), known.min(), known.max(), known.refersTo(),
                known.note()));
    }

    public Optional<FactDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<FactDefinition> find(String unitType, String key) {
        return find(key).filter(d -> d.appliesTo(unitType));
    }

    public Collection<FactDefinition> all() {
        return byKey.values();
    }

    public List<FactDefinition> forUnitType(String unitType) {
        return byKey.values().stream().filter(d -> d.appliesTo(unitType)).toList();
    }

    public Map<String, UnitType> unitTypes() {
        return unitTypes;
    }

    public Optional<UnitType> unitType(String id) {
        return Optional.ofNullable(unitTypes.get(id));
    }

    void checkUnitTypesDeclared() {
        for (FactDefinition d : byKey.values()) {
            for (String t : d.unitTypes()) {
                if (!unitTypes.containsKey(t)) {
                    throw new CatalogException("fact " + d.key() + " names undeclared unit type " + t
                            + " (declared in " + declaredIn.get(d.key()) + ")");
                }
            }
            if (d.isUnitReference() && d.refersTo().isEmpty()) {
                throw new CatalogException("fact " + d.key() + " refers to units but names no refersTo types");
            }
            if ((d.type() == ValueType.ENUM || d.type() == ValueType.SET) && d.allowedValues().isEmpty()) {
                throw new CatalogException("fact " + d.key() + " is an " + d.type().code() + " without values");
            }
        }
    }
}
