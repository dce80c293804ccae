package cn.majorhazard.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code standards/<version>/cases/<ITEM-ID>.yaml}: named cases for one item, each a small
 * submission and the verdict expected for every unit it lists.
 */
record CaseFile(String item, List<Case> cases) {

    enum Kind { hazard, clear, unknown, boundary, not_applicable }

    record Case(String name, Kind kind, LocalDate date, Boolean allUnitsListed,
                Map<String, Object> enterprise, List<CaseUnit> units,
                Map<String, String> expect, Map<String, List<String>> missing) {
    }

    record CaseUnit(String id, String type, String name, Map<String, Object> facts) {
    }
}
