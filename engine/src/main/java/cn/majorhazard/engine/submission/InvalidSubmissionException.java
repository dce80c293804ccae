package cn.majorhazard.engine.submission;

import java.util.List;

/** A submission that breaks the fact dictionary. Carries every violation found, not just the first. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid submission"
                : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    /** One fault: the field, what is wrong, and what was expected. */
    public static InvalidSubmissionException of(String field, String message, String expected) {
        return new InvalidSubmissionException(List.of(new Violation(field, message, expected)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
