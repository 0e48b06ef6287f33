package vpndoctor.parse.log;

import java.util.concurrent.CountDownLatch;

/**
 * The reading's one-time set-up, made ahead on another thread when a large input is known to follow (the relaunched
 * JVM makes it on the rule preload thread, before the rules, while the main thread parses the command line): the
 * relevance filter's keyword tables (which set up every rule family's table and regular expressions), the ASA message
 * catalogue and the IPv4 mask table. ~0.1 CPU-s that otherwise ran on the main thread between the command line and
 * the first line read (docs/perf-notes/s10-jar.md). Only static tables are made, the ones the first lines would make;
 * the reading waits for them before it starts ({@link #awaitIfExpected()}), so no class is set up by two threads at once.
 */
public final class ReadingWarmUp {
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean expected;

    private ReadingWarmUp() {}

    /** Called on the thread that will read, before the warm-up is handed to another thread: the reading will wait for it. */
    public static void expect() {
        expected = true;
    }

    /** Makes the tables on this thread (once; a second call only returns). */
    public static void run() {
        try {
            if (DONE.getCount() == 0) return;
            RelevanceFilter.mayBeRelevant("");
            AsaCatalogue.get(0);
            vpndoctor.model.config.Ip.maskToPrefix("255.255.255.255");
        } finally {
            DONE.countDown();
        }
    }

    /** Waits until the tables are made, when a warm-up was announced; returns at once otherwise. */
    public static void awaitIfExpected() {
        if (!expected) return;
        boolean interrupted = false;
        while (true) {
            try {
                DONE.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Whether the tables were made (tests). */
    static boolean done() {
        return DONE.getCount() == 0;
    }
}
