package cn.majorhazard.engine.evaluation;

import cn.majorhazard.engine.submission.Fact;
import cn.majorhazard.engine.submission.Unit;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * The DRL global {@code findings}: every rule's consequence reports here what it established for one item and
 * one unit. The item id comes from the rule's {@code @itemId} metadata, so a rule cannot report on an item it
 * does not name. The evaluator later turns these outcomes into exactly one verdict per (item, unit).
 * Optional {@code @reasonZh("...")} / {@code @reasonEn("...")} metadata explain the outcome, e.g. which other
 * standard a routed-away condition belongs to.
 */
public final class Findings {

    /** What one firing rule established. */
    public record Outcome(String itemId, String unitId, Verdict verdict, String ruleName, List<Fact> basis,
                          String reasonZh, String reasonEn) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    /** A branch of the item is established: 构成重大事故隐患. */
    public void hazard(Rule rule, Unit unit, Fact... basis) {
        record(rule, unit, Verdict.HAZARD, basis);
    }

    /** Every branch of the item is ruled out by the given facts: 不构成. */
    public void clear(Rule rule, Unit unit, Fact... basis) {
        record(rule, unit, Verdict.NOT_HAZARD, basis);
    }

    /** The item's scope excludes this unit: 不适用. */
    public void notApplicable(Rule rule, Unit unit, Fact... basis) {
        record(rule, unit, Verdict.NOT_APPLICABLE, basis);
    }

    private void record(Rule rule, Unit unit, Verdict verdict, Fact... basis) {
        String id = itemIdOf(rule);
        if (id == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @itemId");
        }
        outcomes.add(new Outcome(id, unit.id(), verdict, rule.getName(), List.of(basis),
                text(rule, "reasonZh"), text(rule, "reasonEn")));
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * A metadata value as text. A build-time kjar stores {@code @itemId("X")} as X, a model compiled at run time as
     * "X" with its quotes: both read the same here.
     */
    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (!(value instanceof String s)) {
            return null;
        }
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public static String itemIdOf(Rule rule) {
        return text(rule, "itemId");
    }
}
