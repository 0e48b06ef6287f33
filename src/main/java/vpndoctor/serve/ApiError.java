package vpndoctor.serve;

/** A request the API refuses: HTTP status, a stable code and a message for people. */
public final class ApiError extends RuntimeException {
    final int status;
    final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
