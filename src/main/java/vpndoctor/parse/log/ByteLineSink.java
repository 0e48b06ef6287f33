package vpndoctor.parse.log;

/** Receives the physical lines of one byte source, in order, undecoded. */
interface ByteLineSink {
    /** One complete line without its terminator: b[off, off+len), valid only during the call. */
    void line(byte[] b, int off, int len);

    /** A line longer than {@link LineLimits#MAX_CHARS} characters could be; dropped while reading so memory stays bounded. */
    void tooLong();
}
