package cn.majorhazard.engine.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * 事实定义 — one entry of a fact dictionary: which unit types carry the fact, its value type and unit, the
 * question a user is asked, and the allowed values. Drives validation, the questionnaire and the Excel template.
 * A {@code unit}/{@code units} fact names other units of the submission, of the types in {@code refersTo}.
 */
public record FactDefinition(
        String key,
        List<String> unitTypes,
        ValueType type,
        String unit,
        String zh,
        String question,
        String en,
        @JsonProperty("values") List<AllowedValue> allowedValues,
        Double min,
        Double max,
        List<String> refersTo,
        String note) {

    public FactDefinition {
        unitTypes = unitTypes == null ? List.of() : List.copyOf(unitTypes);
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        refersTo = refersTo == null ? List.of() : List.copyOf(refersTo);
    }

    /** A {@code unit} or {@code units} fact: its value names other units of the submission. */
    public boolean isUnitReference() {
        return type == ValueType.UNIT || type == ValueType.UNITS;
    }

    public boolean appliesTo(String unitType) {
        return unitTypes.contains(unitType);
    }

    public Optional<AllowedValue> allowedValue(String code) {
        return allowedValues.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** Same meaning, so two standards may both declare it: labels may differ, the value contract may not. */
    boolean sameContractAs(FactDefinition other) {
        return type == other.type
                && java.util.Objects.equals(unit, other.unit)
                && allowedValues.stream().map(AllowedValue::code).toList()
                        .equals(other.allowedValues.stream().map(AllowedValue::code).toList());
    }
}
