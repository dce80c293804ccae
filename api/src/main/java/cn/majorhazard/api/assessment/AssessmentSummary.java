package cn.majorhazard.api.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of the assessment list. */
public record AssessmentSummary(String id, OffsetDateTime createdAt, LocalDate assessmentDate, String enterpriseName,
                                int hazardCount, int undeterminedCount, String contentHash) {
}
