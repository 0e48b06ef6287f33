package vpndoctor.model;

import java.util.Objects;

/** Where a fact came from: source name (file or "stdin"), 1-based line number, raw text of the line. */
public final class Origin {
    private final String source;
    private final int line;
    private final String text;

    public Origin(String source, int line, String text) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.text = text == null ? "" : text;
    }

    public String getSource() { return source; }
    public int getLine() { return line; }
    public String getText() { return text; }

    /** "file:line", the way editors and compilers point at a place. */
    public String where() { return source + ":" + line; }

    @Override public boolean equals(Object o) {
        return o instanceof Origin other && line == other.line && source.equals(other.source) && text.equals(other.text);
    }
    @Override public int hashCode() { return Objects.hash(source, line, text); }
    @Override public String toString() { return where() + "  " + text; }
}
