package io.cccpexplorer.dashboard.http;

/**
 * A request that cannot be answered, with the HTTP status and the stable error code the browser sees:
 * {@code {"error": {"status": 404, "code": "session_not_found", "message": "..."}}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }
}
