package cn.majorhazard.engine.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value types a fact may have. {@code SET} is a multi-choice enum (several sectors, several gas kinds);
 * {@code UNIT} and {@code UNITS} name other units of the same submission (a dust-removal system serves these
 * areas), so rules can relate units to each other.
 */
public enum ValueType {
    @JsonProperty("boolean") BOOLEAN,
    @JsonProperty("number") NUMBER,
    @JsonProperty("integer") INTEGER,
    @JsonProperty("enum") ENUM,
    @JsonProperty("set") SET,
    @JsonProperty("date") DATE,
    @JsonProperty("text") TEXT,
    @JsonProperty("unit") UNIT,
    @JsonProperty("units") UNITS;

    public String code() {
        return name().toLowerCase();
    }
}
