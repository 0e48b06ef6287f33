package vpndoctor.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vpndoctor.monitor.Monitor;
import vpndoctor.monitor.Monitor.TunnelState;
import vpndoctor.monitor.VerdictChange;
import vpndoctor.watch.ChangeFormat;

/**
 * Step 2, after the repartition by tunnel: one {@link Monitor} per task (the same window, debounce
 * and verdict logic as {@code watch}), whose tunnels live in a changelogged key-value store. Each
 * line's tunnel is written back after the line; on start the task's tunnels are restored from the
 * store (which Kafka Streams rebuilt from the changelog when the task moved), so an instance that
 * dies is replaced without losing evidence or verdicts. Verdict changes go out as the JSON lines
 * {@code watch} prints, keyed by tunnel. Debouncing follows the lines' time as they arrive and the
 * wall clock in a punctuation every second (for quiet tunnels).
 */
final class DiagnoseTunnels implements Processor<String, KeyedLine, String, String> {
    private final Supplier<Monitor.Builder> monitors;
    private final String storeName;
    private final Set<String> stored = new HashSet<>();
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, TunnelState> store;
    private Monitor monitor;
    private boolean restored;

    DiagnoseTunnels(Supplier<Monitor.Builder> monitors, String storeName) {
        this.monitors = monitors;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.monitor = monitors.get().clock(new ContextClock(context)).build();
        this.restored = false;
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, t -> tick());
    }

    /**
     * The task's tunnels back from the store, before the first line or tick. Kafka Streams has
     * rebuilt the store from the changelog before any of these (and before init); reading it at
     * first use rather than in init changes nothing there and lets a test fill the store first.
     */
    private void restoreOnce() {
        if (restored) return;
        restored = true;
        try (KeyValueIterator<String, TunnelState> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, TunnelState> kv = it.next();
                monitor.restore(kv.value);
                stored.add(kv.key);
            }
        }
    }

    @Override
    public void process(Record<String, KeyedLine> r) {
        restoreOnce();
        KeyedLine l = r.value();
        if (l == null) return;
        boolean due = monitor.feedAttributed(l.peer(), l.device(), l.time(), l.line());
        if (l.peer() != null) save(l.peer());
        if (due) tick();
    }

    private void tick() {
        restoreOnce();
        for (VerdictChange c : monitor.tick()) {
            context.forward(new Record<>(c.tunnel(), ChangeFormat.json(c), c.time().toEpochMilli()));
            save(c.tunnel());
        }
        // tunnels the monitor evicted (idle) leave the store too
        for (Iterator<String> it = stored.iterator(); it.hasNext(); ) {
            String peer = it.next();
            if (monitor.tunnel(peer) == null) {
                store.delete(peer);
                it.remove();
            }
        }
    }

    private void save(String peer) {
        TunnelState s = monitor.snapshot(peer);
        if (s == null) return;
        store.put(peer, s);
        stored.add(peer);
    }

    /** Processing time as Kafka Streams sees it (mocked by the TopologyTestDriver). */
    private static final class ContextClock extends Clock {
        private final ProcessorContext<?, ?> context;

        ContextClock(ProcessorContext<?, ?> context) { this.context = context; }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException(); }
        @Override public Instant instant() { return Instant.ofEpochMilli(context.currentSystemTimeMs()); }
    }
}
