package cn.majorhazard.engine.evaluation;

import cn.majorhazard.engine.catalog.AllowedValue;
import java.util.List;

/** A fact that would decide an UNDETERMINED verdict: where to give it and the question to answer. */
public record MissingFact(String unitId, String key, String zh, String question, String en, String type,
                          String unit, List<AllowedValue> values) {
}
