package vpndoctor.cli;

import java.io.PrintWriter;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.model.InputAccounting;

/**
 * A progress line on standard error for long runs, only when the run is on a terminal (never in
 * a redirected report): after 3 s, once a second, the lines read so far and the rate, then the
 * phase (rules, report). The line is cleared when the run ends.
 */
final class Progress implements AutoCloseable {
    private static final long FIRST_AFTER_MS = 3_000, EVERY_MS = 1_000;
    private final PrintWriter err;
    private final Thread thread;
    private volatile String phase = "reading";
    private volatile boolean shown;

    private Progress(PrintWriter err) {
        this.err = err;
        this.thread = new Thread(this::loop, "vpn-doctor-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** A running progress line, or null when standard output is not a terminal. */
    static Progress startIfTerminal(PrintWriter err) {
        return System.console() == null ? null : new Progress(err);
    }

    void phase(String p) { phase = p; }

    private void loop() {
        long start = System.nanoTime();
        try {
            Thread.sleep(FIRST_AFTER_MS);
            while (!Thread.currentThread().isInterrupted()) {
                InputAccounting a = EvidenceLoader.current();
                long lines = a == null ? 0 : a.getLines();
                double s = (System.nanoTime() - start) / 1e9;
                err.print(String.format("\rvpn-doctor: %s, %,d lines read (%,.0f lines/s), %.0f s   ", phase, lines, lines / s, s));
                err.flush();
                shown = true;
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void close() {
        thread.interrupt();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
