package cn.majorhazard.engine.catalog;

/** One choice of an enum or set fact: the code rules compare with, and its Chinese and English labels. */
public record AllowedValue(String code, String zh, String en) {
}
