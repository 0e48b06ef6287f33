package vpndoctor.result;

/** An input line a conclusion rests on. */
public record EvidenceLine(String source, int line, String text, String factId) {
    public String where() { return source + ":" + line; }
}
