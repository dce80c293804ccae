package cn.majorhazard.engine.evaluation;

/** 判定结论 — the four answers an item can give for a unit. */
public enum Verdict {
    HAZARD("构成重大事故隐患", "Major accident hazard"),
    NOT_HAZARD("不构成重大事故隐患", "Not a major accident hazard"),
    NOT_APPLICABLE("不适用", "Not applicable"),
    UNDETERMINED("无法判定", "Undetermined: facts missing");

    private final String zh;
    private final String en;

    Verdict(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
