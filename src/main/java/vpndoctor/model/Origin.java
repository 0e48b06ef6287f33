package vpndoctor.model;

import java.util.Objects;

/**
 * Where a fact came from: source name (file or "stdin"), 1-based line number, raw text of the line.
 * The text is either held here or, for the many sample lines of log events, kept in a
 * {@link SampleTexts} file and read back when asked (issue 14: the texts were most of the heap).
 */
public final class Origin {
    private final String source;
    private final int line;
    /** The text, or null when it lies in {@link #texts} at {@link #handle}. */
    private final String text;
    private final SampleTexts texts;
    private final long handle;

    public Origin(String source, int line, String text) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.text = text == null ? "" : text;
        this.texts = null;
        this.handle = 0;
    }

    Origin(String source, int line, SampleTexts texts, long handle) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.text = null;
        this.texts = texts;
        this.handle = handle;
    }

    public String getSource() { return source; }
    public int getLine() { return line; }
    public String getText() { return text != null ? text : texts.text(handle); }

    /** Whether the text is held on the heap (false: it is read back from a {@link SampleTexts} file on each {@link #getText}). */
    public boolean holdsText() { return text != null; }

    /** The store the text lies in (null when held here). */
    SampleTexts texts() { return texts; }

    /** Where in {@link #texts} the text lies. */
    long handle() { return handle; }

    /** "file:line", the way editors and compilers point at a place. */
    public String where() { return source + ":" + line; }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Origin other) || line != other.line || !source.equals(other.source)) return false;
        if (texts != null && texts == other.texts) return handle == other.handle || getText().equals(other.getText());
        return getText().equals(other.getText());
    }
    @Override public int hashCode() { return Objects.hash(source, line, getText()); }
    @Override public String toString() { return where() + "  " + getText(); }
}
