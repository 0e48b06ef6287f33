package vpndoctor.parse.log;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Tells another thread, while a log is still being read, whether the run will have more tunnels than
 * {@code limit}: it counts the distinct peers of the events the reading files, and decides "many" as
 * soon as there are more than the limit, or "not many" when the reading ends below it.
 * <p>
 * Why: work that only a run of many tunnels needs (the shape memo's reading of the rules, ~0.25 s of
 * CPU, docs/perf-notes/s15-scale.md) is best done on the idle rules' thread during the read, but done
 * on every run it took that CPU from the reading of a 100-tunnel log, whose two threads keep both
 * cores busy. A hint only: whichever way it goes, the work's result is the same, made then or later.
 */
public final class PeerWatch {
    private final int limit;
    /** The peers seen so far: the reading thread's only; dropped once past the limit. */
    private Set<String> peers = new HashSet<>();
    private final CountDownLatch decided = new CountDownLatch(1);
    private volatile boolean many;

    /** A watch that says "many" past {@code limit} distinct peers. */
    public PeerWatch(int limit) {
        this.limit = limit;
    }

    /** A peer of a newly filed event (the reading thread; null for an event of no peer). */
    void peer(String peer) {
        if (peers == null || peer == null || !peers.add(peer) || peers.size() <= limit) return;
        peers = null;
        many = true;
        decided.countDown();
    }

    /** The reading is over (also after a failure): a thread still waiting is told "not many" unless it was many. */
    public void readingEnded() {
        decided.countDown();
    }

    /** Waits until the reading has more than the limit of peers (true) or has ended with no more (false). */
    public boolean awaitMany() {
        try {
            decided.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return many;
    }
}
