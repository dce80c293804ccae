package cn.majorhazard.api.system;

/** A standard, item or assessment that does not exist: 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
