package vpndoctor.parse.log;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

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
    /** Being filled or back in the free list. */
    static final int FREE = 0;
    /** Handed over, lines not scanned yet: whichever thread claims it first scans it. */
    static final int UNSCANNED = 1;
    static final int CLAIMED = 2;
    static final int SCANNED = 3;
    /** Where the batch is in its round (see {@link ParallelLineReader}): FREE, UNSCANNED, CLAIMED or SCANNED. */
    final AtomicInteger state = new AtomicInteger(FREE);
    /** Hand-over order, so the reader can help with the batch the consumer will reach last. */
    long number;
    /** Set on the last batch of a source: the reader is done (normally, or with this failure). */
    boolean last;
    Throwable failure;

    ScannedBatch() {
        for (int i = 0; i < MAX_LINES; i++) scans[i] = new LineScan();
    }

    void clear() {
        count = 0;
        used = 0;
        last = false;
        failure = null;
    }

    boolean isFull() {
        return count == MAX_LINES;
    }

    /** Copies a line in (not scanned yet). */
    void add(byte[] b, int off, int len) {
        if (used + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, used + len));
        System.arraycopy(b, off, data, used, len);
        offs[count] = used;
        lens[count] = len;
        used += len;
        count++;
    }

    /** Scans every line, if this thread is the first to claim the batch; true if it did. */
    boolean claimAndScan() {
        if (!state.compareAndSet(UNSCANNED, CLAIMED)) return false;
        for (int i = 0; i < count; i++) {
            if (lens[i] == TOO_LONG) continue;
            scans[i].scan(data, offs[i], lens[i]);
            // the per-line part of the full path, on whichever thread scans the batch (PreParsed)
            scans[i].pre = scans[i].verdict() == LineScan.Verdict.SLOW ? PreParsed.of(data, offs[i], lens[i]) : null;
        }
        state.set(SCANNED);
        return true;
    }

    /** Waits for the thread that claimed the batch to finish scanning it (a batch takes about a millisecond). */
    void awaitScanned() {
        for (int spins = 0; state.get() != SCANNED; spins++) {
            if (spins < 1000) Thread.onSpinWait(); else java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    void addTooLong() {
        offs[count] = used;
        lens[count] = TOO_LONG;
        count++;
    }
}
