package cn.majorhazard.api.evaluation;

import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.evaluation.VersionDiff;
import cn.majorhazard.engine.submission.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 判定（不保存） — judge a submission and store nothing: training, demos, quick checks. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "evaluations", description = "判定（不保存）/ evaluate without storing")
class EvaluationController {

    private final Evaluator evaluator;
    private final VersionDiff versionDiff;

    EvaluationController(Evaluator evaluator, VersionDiff versionDiff) {
        this.evaluator = evaluator;
        this.versionDiff = versionDiff;
    }

    @PostMapping
    @Operation(summary = "逐项判定 / judge every applicable item",
            description = "One verdict per (item, unit) with its citation; nothing is stored.")
    Evaluation evaluate(@RequestBody Submission submission) {
        return evaluator.evaluate(submission);
    }

    @PostMapping("/diff")
    @Operation(summary = "新旧版本对照 / the same submission under two versions",
            description = "Judges the submission under both versions of one standard (e.g. coal-2020 and coal-2026)"
                    + " and lists, for this enterprise, the items added, removed and changed.")
    VersionDiff.Result diff(@RequestBody Submission submission,
                            @Parameter(example = "coal-2020") @RequestParam String from,
                            @Parameter(example = "coal-2026") @RequestParam String to) {
        return versionDiff.diff(submission, from, to);
    }
}
