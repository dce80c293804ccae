package cn.majorhazard.engine.submission;

/**
 * 输入错误 — one thing wrong with a submission: where (a JSON path such as {@code units[2].facts.storedQuantity},
 * or a sheet/row/column for a workbook), what is wrong, and what was expected instead.
 */
public record Violation(String field, String message, String expected) {
}
