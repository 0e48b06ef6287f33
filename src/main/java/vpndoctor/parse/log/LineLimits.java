package vpndoctor.parse.log;

/** Shared limits of the readers (one place, so tests and accounting messages agree). */
final class LineLimits {
    /** Longest line, in characters, that is parsed; longer lines are skipped and reported once. */
    static final int MAX_CHARS = 65536;
    static final String TOO_LONG_REASON = "line longer than " + MAX_CHARS + " characters, skipped";

    private LineLimits() {}
}
