package vpndoctor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One place that turns failures into a clear message and an exit code, never a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int UNUSABLE_INPUT = 3;
    static final int INTERNAL = 4;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof UsageProblem u) {
            cl.getErr().println("vpn-doctor: " + u.getMessage());
            return u.exitCode;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            cl.getErr().println("vpn-doctor: " + ex.getMessage());
            return UNUSABLE_INPUT;
        }
        cl.getErr().println("vpn-doctor: internal error: " + ex);
        return INTERNAL;
    }

    /** A problem the user can fix, with the exit code to return. */
    static final class UsageProblem extends RuntimeException {
        final int exitCode;

        UsageProblem(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
