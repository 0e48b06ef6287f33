package vpndoctor.robust.fuzz;

/** A broken property (or an exception that escaped) for one fuzz input. */
public final class FuzzFailure extends AssertionError {
    public FuzzFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public FuzzFailure(String message) {
        super(message);
    }
}
