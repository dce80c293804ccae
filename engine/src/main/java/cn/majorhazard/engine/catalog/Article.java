package cn.majorhazard.engine.catalog;

/** 条 — an article's lead-in ("第四条　冶金企业有下列情形之一的，应当判定为重大事故隐患："), which items cite. */
public record Article(String id, String label, String text, String scope) {
}
