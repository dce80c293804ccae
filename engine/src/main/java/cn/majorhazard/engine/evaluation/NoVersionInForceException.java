package cn.majorhazard.engine.evaluation;

/** A standard was asked for on a date none of its versions covers (e.g. coal before 2021-01-01). */
public class NoVersionInForceException extends RuntimeException {

    private final String standardId;

    public NoVersionInForceException(String standardId, String message) {
        super(message);
        this.standardId = standardId;
    }

    public String standardId() {
        return standardId;
    }
}
