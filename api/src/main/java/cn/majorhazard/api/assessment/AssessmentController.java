package cn.majorhazard.api.assessment;

import cn.majorhazard.api.system.NotFoundException;
import cn.majorhazard.engine.evaluation.Determination;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.evaluation.Verdict;
import cn.majorhazard.engine.submission.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 评估记录 — judge and store (self-checks, inspections); retrieve and replay a stored finding. */
@RestController
@RequestMapping("/api/assessments")
@Tag(name = "assessments", description = "判定并保存、调阅、复算 / evaluate and store, retrieve, replay")
class AssessmentController {

    private final Evaluator evaluator;
    private final AssessmentRepository repository;

    AssessmentController(Evaluator evaluator, AssessmentRepository repository) {
        this.evaluator = evaluator;
        this.repository = repository;
    }

    @PostMapping
    @Operation(summary = "判定并保存 / evaluate and store")
    ResponseEntity<StoredAssessment> create(@RequestBody Submission submission) {
        Evaluation evaluation = evaluator.evaluate(submission);
        StoredAssessment stored = repository.save(submission, evaluation);
        return ResponseEntity.created(URI.create("/api/assessments/" + stored.id())).body(stored);
    }

    @GetMapping("/{id}")
    @Operation(summary = "调阅 / the stored input, verdicts and ruleset fingerprint")
    StoredAssessment get(@PathVariable String id) {
        return find(id);
    }

    @GetMapping
    @Operation(summary = "评估记录列表 / stored assessments, newest first")
    List<AssessmentSummary> list(@RequestParam(defaultValue = "50") int limit,
                                 @RequestParam(defaultValue = "0") int offset) {
        return repository.list(Math.max(1, Math.min(limit, 500)), Math.max(0, offset));
    }

    /** The result of judging a stored submission again with the rules loaded now. */
    record Replay(String id, boolean sameRuleset, String storedContentHash, String currentContentHash,
                  boolean sameVerdicts, List<Difference> differences, Evaluation current) {
    }

    record Difference(String itemId, String unitId, Verdict stored, Verdict current) {
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "复算 / judge the stored input again with the current rules and compare",
            description = "sameRuleset says whether the rules and catalog are byte-identical to those that made the "
                    + "stored verdicts; differences lists every (item, unit) whose verdict is not the same.")
    Replay replay(@PathVariable String id) {
        StoredAssessment stored = find(id);
        Evaluation current = evaluator.evaluate(stored.submission());
        Map<String, Determination> before = index(stored.evaluation().determinations());
        Map<String, Determination> after = index(current.determinations());
        List<Difference> differences = new java.util.ArrayList<>();
        before.forEach((k, d) -> {
            Determination now = after.get(k);
            if (now == null || now.verdict() != d.verdict()) {
                differences.add(new Difference(d.itemId(), d.unitId(), d.verdict(), now == null ? null : now.verdict()));
            }
        });
        after.forEach((k, d) -> {
            if (!before.containsKey(k)) {
                differences.add(new Difference(d.itemId(), d.unitId(), null, d.verdict()));
            }
        });
        return new Replay(id, stored.contentHash().equals(current.contentHash()), stored.contentHash(),
                current.contentHash(), differences.isEmpty(), differences, current);
    }

    private static Map<String, Determination> index(List<Determination> ds) {
        return ds.stream().collect(Collectors.toMap(d -> d.itemId() + "@" + d.unitId(), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private StoredAssessment find(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("没有该评估记录 / no assessment " + id));
    }
}
