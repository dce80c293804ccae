package cn.majorhazard.engine.catalog;

/** The rules module is inconsistent: the service must not start on it. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
