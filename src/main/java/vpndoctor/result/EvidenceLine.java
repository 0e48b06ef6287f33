package vpndoctor.result;

/**
 * An input line a conclusion rests on.
 *
 * @param source the input's name (a file path, or the name given to an in-memory text)
 * @param line the line number in it, from 1
 * @param text the line as read
 * @param factId the ID of the fact the line became
 */
public record EvidenceLine(String source, int line, String text, String factId) {
    /**
     * Where the line is, as reports print it.
     *
     * @return "source:line"
     */
    public String where() { return source + ":" + line; }
}
