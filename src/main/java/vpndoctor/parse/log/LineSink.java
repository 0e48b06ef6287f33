package vpndoctor.parse.log;

/** Receives the physical lines of one source, in order, as the readers split them. */
interface LineSink {
    /** One complete line, decoded, without its terminator. */
    void line(String text);

    /** A line longer than {@link LineLimits#MAX_CHARS}; its content was dropped while reading so memory stays bounded. */
    void tooLong();
}
