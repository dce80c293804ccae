package cn.majorhazard.engine.submission;

import cn.majorhazard.engine.catalog.AllowedValue;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.FactDictionary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a submission against the fact dictionary and turns it into the units and typed facts the rules see.
 * Every fact key must be declared for the unit's type, every value must have the declared type and range.
 * A JSON {@code null} means "not known" and becomes no fact at all; nothing else is dropped silently.
 */
public final class SubmissionValidator {

    private final FactDictionary dictionary;

    public SubmissionValidator(FactDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The units (enterprise first) and the known facts of a valid submission. */
    public record Normalized(List<Unit> units, List<Fact> facts) {
    }

    public Normalized validate(Submission submission) {
        List<Violation> violations = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (submission.assessmentDate() == null) {
            violations.add(new Violation("assessmentDate", "缺少评估日期 / assessment date is missing",
                    "a date such as 2026-11-23 (it chooses the standard versions in force)"));
        }
        UnitSubmission enterprise = submission.enterprise();
        if (enterprise == null) {
            violations.add(new Violation("enterprise", "缺少企业信息 / the enterprise is missing",
                    "an object with name and facts"));
        } else {
            Unit unit = new Unit(Unit.ENTERPRISE_ID, Unit.ENTERPRISE_TYPE, enterprise.name());
            units.add(unit);
            readFacts("enterprise.facts", unit, enterprise.facts(), facts, violations);
        }
        Set<String> ids = new HashSet<>(Set.of(Unit.ENTERPRISE_ID));
        for (int i = 0; i < submission.units().size(); i++) {
            UnitSubmission u = submission.units().get(i);
            String path = "units[" + i + "]";
            if (u == null) {
                violations.add(new Violation(path, "单元为空 / the unit is null", "an object with id, type and facts"));
                continue;
            }
            if (u.id() == null || u.id().isBlank()) {
                violations.add(new Violation(path + ".id", "缺少单元编号 / the unit id is missing",
                        "a non-empty id, unique in the submission"));
                continue;
            }
            if (!ids.add(u.id())) {
                violations.add(new Violation(path + ".id", "单元编号重复 / duplicate unit id " + u.id(),
                        "an id unique in the submission (\"enterprise\" is reserved)"));
                continue;
            }
            if (u.type() == null || dictionary.unitType(u.type()).isEmpty()
                    || Unit.ENTERPRISE_TYPE.equals(u.type())) {
                violations.add(new Violation(path + ".type", "未知的单元类型 / unknown unit type " + u.type(),
                        "one of " + unitTypesExceptEnterprise()));
                continue;
            }
            Unit unit = new Unit(u.id(), u.type(), u.name());
            units.add(unit);
            readFacts(path + ".facts", unit, u.facts(), facts, violations);
        }
        checkReferences(units, facts, submission, violations);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        return new Normalized(List.copyOf(units), List.copyOf(facts));
    }

    /** A unit-reference fact must name units of this submission, of the declared types. */
    private void checkReferences(List<Unit> units, List<Fact> facts, Submission submission,
                                 List<Violation> violations) {
        Map<String, String> typeOf = units.stream().collect(Collectors.toMap(Unit::id, Unit::type));
        for (Fact f : facts) {
            FactDefinition d = dictionary.find(f.getKey()).orElseThrow();
            if (!d.isUnitReference()) {
                continue;
            }
            for (String id : f.getUnitIds()) {
                String type = typeOf.get(id);
                if (type == null || !d.refersTo().contains(type)) {
                    violations.add(new Violation(pathOf(f, submission) + "." + f.getKey(),
                            "引用的单元不存在或类型不符 / no unit " + id + " of type " + d.refersTo(),
                            "the id of a unit of type " + d.refersTo() + " listed in units"));
                }
            }
        }
    }

    private static String pathOf(Fact f, Submission submission) {
        if (Unit.ENTERPRISE_ID.equals(f.getUnitId())) {
            return "enterprise.facts";
        }
        for (int i = 0; i < submission.units().size(); i++) {
            UnitSubmission u = submission.units().get(i);
            if (u != null && f.getUnitId().equals(u.id())) {
                return "units[" + i + "].facts";
            }
        }
        return f.getUnitId();
    }

    private String unitTypesExceptEnterprise() {
        return dictionary.unitTypes().keySet().stream().filter(t -> !Unit.ENTERPRISE_TYPE.equals(t))
                .collect(Collectors.joining(", "));
    }

    private void readFacts(String path, Unit unit, Map<String, Object> given, List<Fact> facts,
                           List<Violation> violations) {
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String field = path + "." + entry.getKey();
            FactDefinition definition = dictionary.find(unit.type(), entry.getKey()).orElse(null);
            if (definition == null) {
                String hint = dictionary.find(entry.getKey())
                        .map(d -> "this fact belongs to unit types " + d.unitTypes())
                        .orElse("a fact key declared for unit type " + unit.type()
                                + " (see GET /api/questionnaire?unitType=" + unit.type() + ")");
                violations.add(new Violation(field, "未知的事实 / unknown fact " + entry.getKey(), hint));
                continue;
            }
            if (entry.getValue() == null) {
                continue; // explicitly unknown
            }
            try {
                facts.add(new Fact(unit.id(), definition.key(), coerce(definition, entry.getValue())));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(field, e.getMessage(), expected(definition)));
            }
        }
    }

    /** The value a rule sees: Boolean, Double, String (enum code or text), LocalDate, or an unmodifiable Set. */
    public static Object coerce(FactDefinition d, Object value) {
        switch (d.type()) {
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    return b;
                }
                throw new IllegalArgumentException("应为是/否 / expected a boolean, got " + describe(value));
            }
            case NUMBER, INTEGER -> {
                if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())
                        || Double.isInfinite(n.doubleValue())) {
                    throw new IllegalArgumentException("应为数值 / expected a number, got " + describe(value));
                }
                double x = n.doubleValue();
                if (d.type() == cn.majorhazard.engine.catalog.ValueType.INTEGER && x != Math.rint(x)) {
                    throw new IllegalArgumentException("应为整数 / expected a whole number, got " + value);
                }
                if ((d.min() != null && x < d.min()) || (d.max() != null && x > d.max())) {
                    throw new IllegalArgumentException("数值超出范围 / out of range: " + value);
                }
                return x;
            }
            case ENUM -> {
                if (value instanceof String s && d.allowedValue(s).isPresent()) {
                    return s;
                }
                throw new IllegalArgumentException("不是可选值 / not an allowed value: " + describe(value));
            }
            case SET -> {
                if (!(value instanceof Collection<?> c)) {
                    throw new IllegalArgumentException("应为可选值列表 / expected a list, got " + describe(value));
                }
                Set<String> codes = new LinkedHashSet<>();
                for (Object o : c) {
                    if (!(o instanceof String s) || d.allowedValue(s).isEmpty()) {
                        throw new IllegalArgumentException("不是可选值 / not an allowed value: " + describe(o));
                    }
                    codes.add(s);
                }
                return Collections.unmodifiableSet(codes);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(String.valueOf(value));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("应为日期 / expected a date, got " + describe(value));
                }
            }
            case TEXT, UNIT -> {
                if (value instanceof String s) {
                    return s;
                }
                throw new IllegalArgumentException("应为文本 / expected text, got " + describe(value));
            }
            case UNITS -> {
                if (!(value instanceof Collection<?> c) || c.stream().anyMatch(o -> !(o instanceof String))) {
                    throw new IllegalArgumentException("应为单元编号列表 / expected a list of unit ids, got "
                            + describe(value));
                }
                Set<String> ids = new LinkedHashSet<>();
                c.forEach(o -> ids.add((String) o));
                return Collections.unmodifiableSet(ids);
            }
            default -> throw new IllegalStateException(d.type().toString());
        }
    }

    public static String expected(FactDefinition d) {
        String unit = d.unit() == null ? "" : " (" + d.unit() + ")";
        return switch (d.type()) {
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number" + unit + range(d);
            case INTEGER -> "a whole number" + unit + range(d);
            case ENUM -> "one of " + d.allowedValues().stream().map(AllowedValue::code).toList();
            case SET -> "a list of " + d.allowedValues().stream().map(AllowedValue::code).toList();
            case DATE -> "a date yyyy-MM-dd";
            case TEXT -> "text";
            case UNIT -> "the id of a unit of type " + d.refersTo();
            case UNITS -> "a list of ids of units of type " + d.refersTo();
        };
    }

    private static String range(FactDefinition d) {
        if (d.min() == null && d.max() == null) {
            return "";
        }
        return " in [" + (d.min() == null ? "-∞" : d.min()) + ", " + (d.max() == null ? "∞" : d.max()) + "]";
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        return String.valueOf(value);
    }
}
