package vpndoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * One place that turns failures into a clear message and an exit code, never a stack trace. The
 * exit codes (README, "Exit codes"): 0 ran, 1 reserved for "findings found" (and a failed console
 * script command), 2 usage error, 3 no input could be read, 4 internal error, 5 output could not be written.
 * With --format json/jsonl an error is also a JSON object on standard output.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int USAGE = 2;
    static final int UNUSABLE_INPUT = 3;
    static final int INTERNAL = 4;
    static final int OUTPUT = 5;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        int code;
        String message;
        if (ex instanceof UsageProblem u) {
            code = u.exitCode;
            message = u.getMessage();
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            code = UNUSABLE_INPUT;
            message = ex.getMessage();
        } else {
            code = INTERNAL;
            message = "internal error: " + ex + (Boolean.getBoolean("vpndoctor.debug") ? "" : " (run with -Dvpndoctor.debug=true for the stack)");
            if (Boolean.getBoolean("vpndoctor.debug")) ex.printStackTrace(cl.getErr());
        }
        cl.getErr().println("vpn-doctor: " + message);
        cl.getErr().flush();
        if (wantsJson(parsed)) {
            PrintWriter out = cl.getOut();
            out.println(jsonError(code, message));
            out.flush();
        }
        return code;
    }

    /** {"error": {"exitCode": N, "message": "..."}}: what a JSON consumer reads instead of a report. */
    static String jsonError(int code, String message) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = json.createObjectNode();
        var e = root.putObject("error");
        e.put("exitCode", code);
        e.put("message", message);
        return root.toString();
    }

    private static boolean wantsJson(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            Object f = p.matchedOptionValue("--format", null);
            if (f != null && f.toString().toLowerCase(java.util.Locale.ROOT).startsWith("json")) return true;
        }
        return false;
    }

    /**
     * A command line picocli cannot parse (unknown option, bad value): the message and the usage on
     * stderr, exit 2, and with --format json/jsonl among the words also the JSON error on stdout
     * (the options were not parsed, so the raw words decide).
     */
    static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        c.getErr().println("vpn-doctor: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) c.usage(c.getErr());
        c.getErr().flush();
        if (argsWantJson(args)) {
            c.getOut().println(jsonError(USAGE, ex.getMessage()));
            c.getOut().flush();
        }
        return USAGE;
    }

    static boolean argsWantJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            if ((a.equals("--format") || a.equals("-f")) && i + 1 < args.length) v = args[i + 1];
            else if (a.startsWith("--format=")) v = a.substring("--format=".length());
            if (v != null && v.toLowerCase(java.util.Locale.ROOT).startsWith("json")) return true;
        }
        return false;
    }

    /** Exit 3 when nothing was read: each unreadable input is named with its reason first. */
    static void requireSomeInput(List<String> sources, List<?> skipped, PrintWriter err) {
        if (!sources.isEmpty()) return;
        skipped.forEach(s -> err.println("vpn-doctor: " + s));
        throw new UsageProblem("none of the inputs could be read", UNUSABLE_INPUT);
    }

    /** Exit 5: an output file (or standard output) could not be written, with the path and the reason. */
    static UsageProblem outputFailed(Path path, IOException e) {
        String reason = e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (java.nio.file.Files.isDirectory(path)) reason = "is a directory";
        return new UsageProblem("cannot write " + path + ": " + reason, OUTPUT);
    }

    /** Exit 5 when standard output failed (a full disk, /dev/full, a closed pipe): print streams hide it otherwise. */
    static void checkStdout(PrintWriter out) {
        out.flush();
        System.out.flush();
        if (out.checkError() || System.out.checkError()) throw new UsageProblem("cannot write the standard output (disk full or closed)", OUTPUT);
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
