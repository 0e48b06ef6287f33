package vpndoctor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts every input line exactly once: lines = relevant + irrelevant + unrecognized + skipped lines
 * (blank lines count as irrelevant). Reasons for skipping are kept, up to a cap, so a huge bad file
 * cannot flood the report; the count stays exact.
 */
public final class InputAccounting {
    public static final int MAX_SKIPPED_LISTED = 200;

    private long lines;
    private long relevant;
    private long irrelevant;
    private long unrecognized;
    private long skippedCount;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Skipped> notes = new ArrayList<>();

    public void line() { lines++; }
    public void relevant() { relevant++; }
    public void irrelevant() { irrelevant++; }
    public void unrecognized() { unrecognized++; }

    /** A line that was read but could not be used (counts as a line). */
    public void skipLine(String source, int line, String reason) {
        skippedCount++;
        if (skipped.size() < MAX_SKIPPED_LISTED) skipped.add(new Skipped(source, line, reason));
    }

    /**
     * A note about a line that was used, but not all of it (an unreadable peer address): the line
     * counts where it belongs (relevant), the note goes to the report's notes with file:line.
     */
    public void noteLine(String source, int line, String reason) {
        if (notes.size() < MAX_SKIPPED_LISTED) notes.add(new Skipped(source, line, reason));
    }

    public List<Skipped> getNotes() { return Collections.unmodifiableList(notes); }

    /** A whole source that could not be read (missing, binary, unreadable): no lines counted. */
    public void skipSource(String source, String reason) {
        skipped.add(new Skipped(source, 0, reason));
    }

    public long getLines() { return lines; }
    /** Lines already put in a bucket; less than {@link #getLines} while a line is being classified. */
    public long accounted() { return relevant + irrelevant + unrecognized + skippedCount; }
    public long getRelevant() { return relevant; }
    public long getIrrelevant() { return irrelevant; }
    public long getUnrecognized() { return unrecognized; }
    public long getSkippedLines() { return skippedCount; }
    public List<Skipped> getSkipped() { return Collections.unmodifiableList(skipped); }
}
