package cn.majorhazard.engine.submission;

/**
 * 单元 — a thing a standard talks about: the enterprise itself, a process unit 装置, a tank farm 罐区, a mine 矿井 ...
 * Inserted into the rule session as-is; rules join facts to it by {@code id}.
 */
public record Unit(String id, String type, String name) {

    /** The id every submission gives its enterprise; rules read enterprise facts through it. */
    public static final String ENTERPRISE_ID = "enterprise";
    public static final String ENTERPRISE_TYPE = "ENTERPRISE";

    public boolean isEnterprise() {
        return ENTERPRISE_ID.equals(id);
    }
}
