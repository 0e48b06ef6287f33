package vpndoctor.parse.log;

import java.util.Arrays;

/**
 * A run of consecutive lines of one source, copied out of the read buffer with their {@link LineScan}s,
 * handed from the reader thread to the parser thread. Reused: the parser hands it back when done.
 */
final class ScannedBatch {
    static final int MAX_LINES = 2048;
    /** Length marking a line that was too long to keep. */
    static final int TOO_LONG = -1;

    byte[] data = new byte[MAX_LINES * 192];
    final int[] offs = new int[MAX_LINES];
    final int[] lens = new int[MAX_LINES];
    final LineScan[] scans = new LineScan[MAX_LINES];
    int count;
    int used;
    /** Whether the lines' scans are done (else the consumer does them: see {@link ParallelLineReader}). */
    boolean scanned;
    /** Set on the last batch of a source: the reader is done (normally, or with this failure). */
    boolean last;
    Throwable failure;

    ScannedBatch() {
        for (int i = 0; i < MAX_LINES; i++) scans[i] = new LineScan();
    }

    void clear() {
        scanned = false;
        count = 0;
        used = 0;
        last = false;
        failure = null;
    }

    boolean isFull() {
        return count == MAX_LINES;
    }

    /** Copies a line in; scans it too when times is given. */
    void add(byte[] b, int off, int len, SyslogTime times) {
        if (used + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, used + len));
        System.arraycopy(b, off, data, used, len);
        offs[count] = used;
        lens[count] = len;
        if (times != null) scans[count].scan(data, used, len, times);
        used += len;
        count++;
    }

    /** Scans every line that was copied in without scanning. */
    void scanAll(SyslogTime times) {
        for (int i = 0; i < count; i++) {
            if (lens[i] != TOO_LONG) scans[i].scan(data, offs[i], lens[i], times);
        }
        scanned = true;
    }

    void addTooLong() {
        offs[count] = used;
        lens[count] = TOO_LONG;
        count++;
    }
}
