package cn.majorhazard.engine.evaluation;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 版本对照 — one submission judged under two versions of the same standard, side by side. Items of the newer
 * version name their predecessors ({@code predecessors} in items.yaml); from that the diff lists, for this
 * enterprise, the items added, removed, changed in wording, and changed in verdict.
 */
public final class VersionDiff {

    /** How one item pair changed. */
    public enum Change { ADDED, REMOVED, VERDICT_CHANGED, WORDING_CHANGED, UNCHANGED }

    /** One line of the diff: the old and new items (either may be null) and their determinations per unit. */
    public record Line(Change change, String fromItemId, String toItemId, String fromLabel, String toLabel,
                       String fromClause, String toClause, List<Determination> from, List<Determination> to) {
    }

    /** The whole diff. */
    public record Result(Evaluation from, Evaluation to, Map<Change, Long> counts, List<Line> lines) {
    }

    private final Evaluator evaluator;

    public VersionDiff(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Result diff(Submission submission, String fromVersionId, String toVersionId) {
        Catalog catalog = evaluator.catalog();
        StandardVersion from = catalog.version(fromVersionId).orElseThrow(() -> unknown("from", fromVersionId));
        StandardVersion to = catalog.version(toVersionId).orElseThrow(() -> unknown("to", toVersionId));
        if (!from.standardId().equals(to.standardId())) {
            throw InvalidSubmissionException.of("to",
                    "两个版本不属于同一标准 / " + fromVersionId + " and " + toVersionId + " are different standards",
                    "two versions of one standard, e.g. coal-2020 and coal-2026");
        }
        Evaluation a = evaluator.evaluate(withVersion(submission, fromVersionId));
        Evaluation b = evaluator.evaluate(withVersion(submission, toVersionId));
        Map<String, List<Determination>> byItemA = a.determinations().stream()
                .collect(Collectors.groupingBy(Determination::itemId));
        Map<String, List<Determination>> byItemB = b.determinations().stream()
                .collect(Collectors.groupingBy(Determination::itemId));

        List<Line> lines = new ArrayList<>();
        Set<String> continued = new HashSet<>();
        for (Item item : to.items()) {
            List<Determination> now = byItemB.getOrDefault(item.id(), List.of());
            List<String> olds = item.predecessors().stream().filter(p -> from.item(p).isPresent()).toList();
            if (olds.isEmpty()) {
                lines.add(new Line(Change.ADDED, null, item.id(), null, to.citationLabel(item), null, item.text(),
                        List.of(), now));
                continue;
            }
            for (String oldId : olds) {
                continued.add(oldId);
                Item old = from.item(oldId).orElseThrow();
                List<Determination> before = byItemA.getOrDefault(oldId, List.of());
                Change change = !verdicts(before).equals(verdicts(now)) ? Change.VERDICT_CHANGED
                        : !Objects.equals(old.text(), item.text()) ? Change.WORDING_CHANGED : Change.UNCHANGED;
                lines.add(new Line(change, oldId, item.id(), from.citationLabel(old), to.citationLabel(item),
                        old.text(), item.text(), before, now));
            }
        }
        for (Item old : from.items()) {
            if (!continued.contains(old.id())) {
                lines.add(new Line(Change.REMOVED, old.id(), null, from.citationLabel(old), null, old.text(), null,
                        byItemA.getOrDefault(old.id(), List.of()), List.of()));
            }
        }
        Map<Change, Long> counts = new java.util.EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            counts.put(c, lines.stream().filter(l -> l.change() == c).count());
        }
        return new Result(a, b, counts, lines);
    }

    private static Map<String, Verdict> verdicts(List<Determination> ds) {
        return ds.stream().collect(Collectors.toMap(Determination::unitId, Determination::verdict, (x, y) -> x));
    }

    private static Submission withVersion(Submission s, String versionId) {
        return new Submission(s.assessmentDate(), List.of(versionId), s.enterprise(), s.units(), s.allUnitsListed());
    }

    private static InvalidSubmissionException unknown(String field, String id) {
        return InvalidSubmissionException.of(field, "未知的标准版本 / unknown version " + id,
                "a version id such as coal-2020");
    }
}
