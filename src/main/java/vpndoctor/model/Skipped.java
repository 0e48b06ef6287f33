package vpndoctor.model;

/** An input line (or a whole input) that could not be used, and why. line = 0 means the whole source. */
public record Skipped(String source, int line, String reason) {
    @Override public String toString() {
        return (line > 0 ? source + ":" + line : source) + ": " + reason;
    }
}
