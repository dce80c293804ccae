package cn.majorhazard.api.assessment;

import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.Verdict;
import cn.majorhazard.engine.submission.Submission;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Assessments in the database, as JSON documents: what was asked and what was answered, byte for byte. */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AssessmentRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores several assessments all or nothing (a workbook import never stores half its rows). */
    @Transactional
    public List<StoredAssessment> saveAll(List<Submission> submissions, List<Evaluation> evaluations) {
        return java.util.stream.IntStream.range(0, submissions.size())
                .mapToObj(i -> save(submissions.get(i), evaluations.get(i))).toList();
    }

    @Transactional
    public StoredAssessment save(Submission submission, Evaluation evaluation) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into assessment (id, created_at, assessment_date, enterprise_name, ruleset_version,
                    content_hash, hazard_count, undetermined_count, submission, evaluation)
                values (:id, :createdAt, :date, :name, :version, :hash, :hazards, :undetermined, :submission, :evaluation)
                """)
                .param("id", id).param("createdAt", now).param("date", submission.assessmentDate())
                .param("name", submission.enterprise() == null ? null : submission.enterprise().name())
                .param("version", evaluation.rulesetVersion()).param("hash", evaluation.contentHash())
                .param("hazards", evaluation.summary().get(Verdict.HAZARD).intValue())
                .param("undetermined", evaluation.summary().get(Verdict.UNDETERMINED).intValue())
                .param("submission", write(submission)).param("evaluation", write(evaluation))
                .update();
        return new StoredAssessment(id, now, evaluation.rulesetVersion(), evaluation.contentHash(), submission,
                evaluation);
    }

    public Optional<StoredAssessment> find(String id) {
        return jdbc.sql("select id, created_at, ruleset_version, content_hash, submission, evaluation"
                        + " from assessment where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredAssessment(rs.getString("id"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("ruleset_version"),
                        rs.getString("content_hash"), read(rs.getString("submission"), Submission.class),
                        read(rs.getString("evaluation"), Evaluation.class)))
                .optional();
    }

    public List<AssessmentSummary> list(int limit, int offset) {
        return jdbc.sql("select id, created_at, assessment_date, enterprise_name, hazard_count, undetermined_count,"
                        + " content_hash from assessment order by created_at desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AssessmentSummary(rs.getString("id"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("assessment_date", java.time.LocalDate.class), rs.getString("enterprise_name"),
                        rs.getInt("hazard_count"), rs.getInt("undetermined_count"), rs.getString("content_hash")))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment cannot be read: " + e.getMessage(), e);
        }
    }
}
