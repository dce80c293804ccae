package cn.majorhazard.engine.submission;

import java.util.Objects;
import java.time.LocalDate;
import java.util.Set;

/**
 * 事实 — one known value of one unit. A fact that was not given is simply absent from the session:
 * unknown is never false and never zero, so no rule can match it by accident.
 *
 * <p>The typed getters let DRL constraints read naturally ({@code bool == false}, {@code num < 30},
 * {@code text == "LEVEL_1"}, {@code values contains "CHEMICAL"}) and return null for a value of another type,
 * which a constraint never matches.
 */
public final class Fact {

    private final String unitId;
    private final String key;
    private final Object value;

    public Fact(String unitId, String key, Object value) {
        this.unitId = Objects.requireNonNull(unitId);
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value, "an unknown fact is left out, never inserted as null");
    }

    public String getUnitId() { return unitId; }

    public String getKey() { return key; }

    public Object getValue() { return value; }

    public Boolean getBool() { return value instanceof Boolean b ? b : null; }

    public Double getNum() { return value instanceof Number n ? n.doubleValue() : null; }

    public String getText() { return value instanceof String s ? s : null; }

    @SuppressWarnings("unchecked")
    public Set<String> getValues() { return value instanceof Set<?> s ? (Set<String>) s : Set.of(); }

    /** The unit ids a unit-reference fact names: one for a {@code unit} fact, several for {@code units}. */
    public Set<String> getUnitIds() {
        return value instanceof String s ? Set.of(s) : getValues();
    }

    public LocalDate getDate() { return value instanceof LocalDate d ? d : null; }

    @Override
    public String toString() { return unitId + "." + key + "=" + value; }
}
