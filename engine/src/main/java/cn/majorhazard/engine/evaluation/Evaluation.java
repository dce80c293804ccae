package cn.majorhazard.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 评估结果 — every determination of one submission, the versions used and the fingerprint of the rules
 * (ruleset version and content hash) that a stored assessment keeps for replay.
 */
public record Evaluation(
        LocalDate assessmentDate,
        String rulesetVersion,
        String contentHash,
        List<StandardApplication> standards,
        Map<Verdict, Long> summary,
        List<String> hazardItems,
        List<Determination> determinations) {
}
