package cn.majorhazard.api.assessment;

import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.submission.Submission;
import java.time.OffsetDateTime;

/** 评估记录 — a stored assessment: the input as received, the verdicts as answered, and the rules' fingerprint. */
public record StoredAssessment(String id, OffsetDateTime createdAt, String rulesetVersion, String contentHash,
                               Submission submission, Evaluation evaluation) {
}
