package cn.majorhazard.engine.evaluation;

/** A known fact shown with its labels, as the basis of a verdict. */
public record FactValue(String unitId, String key, Object value, String valueZh, String unit, String zh, String en) {
}
