package vpndoctor.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.model.Tunnel;
import vpndoctor.engine.Engine;
import vpndoctor.parse.log.LineAttributor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Continuous diagnosis: lines go in as they arrive, verdict changes come out. Each line is routed
 * to its tunnel by the log parser's own attribution ({@link LineAttributor}); a tunnel keeps the
 * lines of a sliding window; a tunnel whose window changed is diagnosed again by the ordinary
 * {@link Diagnoser} over exactly those lines (and the configs registered for its two ends), once
 * its lines have been quiet for the debounce time (or the maximum delay passed), so a burst of
 * lines costs one diagnosis. Listeners hear FAULT, CHANGED and CLEARED.
 * <p>
 * Two clocks: windows and idleness go by the lines' own times (a replayed old log behaves as it
 * did live), debouncing by the injected {@link Clock} (processing time; a test drives it by hand).
 * Call {@link #tick()} regularly (the watch command does every 100 ms) and {@link #flush()} at end
 * of input. Thread-safe: feeding and ticking may happen on different threads; the diagnosis itself
 * runs outside the feeding lock.
 */
public final class Monitor {
    /** Rules whose firing tells the tunnel carried traffic, and those telling it did so one way only. */
    static final String PHASE2_UP_RULE = "Phase 2 completed";
    static final List<String> ONE_WAY_RULES = List.of("IPsec counters show traffic only from the peer", "IPsec counters show traffic only toward the peer");

    private final Diagnoser diagnoser;
    private final Duration window;
    private final Duration debounce;
    private final Duration maxDelay;
    private final Duration idleAfter;
    private final int maxLinesPerTunnel;
    private final int maxTunnels;
    private final Clock clock;
    private final DeviceConfigs configs;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LineAttributor attributor = new LineAttributor();
    private final Map<String, TunnelWindow> tunnels = new LinkedHashMap<>();
    private final Object tickLock = new Object();
    private Instant watermark = Instant.EPOCH;
    private Instant lastTickWatermark = Instant.EPOCH;
    private final Stats stats = new Stats();

    /** Hears verdict changes, on the thread that called {@link #tick()} or {@link #flush()}. */
    @FunctionalInterface
    public interface Listener {
        void onChange(VerdictChange change);
    }

    /** Counters since the start. */
    public static final class Stats {
        public long lines, relevant, unattributed, diagnoses, faults, changes, clears, evicted;
    }

    /** What the monitor knows of one tunnel now. */
    public record TunnelView(String tunnel, String device, List<Finding> rootCauses, Instant since, Instant lastLine,
                             int lines, boolean up, boolean pending) {}

    private Monitor(Builder b) {
        this.diagnoser = Objects.requireNonNull(b.diagnoser, "diagnoser");
        this.window = b.window;
        this.debounce = b.debounce;
        this.maxDelay = b.maxDelay;
        this.idleAfter = b.idleAfter == null ? b.window : b.idleAfter;
        this.maxLinesPerTunnel = b.maxLinesPerTunnel;
        this.maxTunnels = b.maxTunnels;
        this.clock = b.clock;
        this.configs = b.configs;
    }

    public static Builder builder(Diagnoser diagnoser) { return new Builder(diagnoser); }

    public void addListener(Listener l) { listeners.add(Objects.requireNonNull(l)); }

    public DeviceConfigs configs() { return configs; }

    /** A line that carries its own time (a syslog envelope); without one, now by the clock. */
    public boolean feed(String line) { return feed("input", line, null); }

    /** A line and when it was received, used when the line has no time of its own. */
    public boolean feed(String line, Instant received) { return feed("input", line, received); }

    /**
     * As {@link #feed(String, Instant)}; {@code source} names the stream, used as the device when the
     * line names none. Returns true when the lines' time moved on by a second or more since the last
     * tick: a reader that feeds faster than real time (a replayed file) ticks then, so debouncing by
     * the lines' time gives the same verdicts at any reading speed.
     */
    public synchronized boolean feed(String source, String line, Instant received) {
        Instant now = clock.instant();
        Instant rx = received == null ? now : received;
        stats.lines++;
        LineAttributor.Line a = attributor.attribute(source, line);
        Instant t = eventTime(a.time(), rx);
        return accept(a.vpn(), a.peer(), a.device(), t, line, now);
    }

    /** The instant of a line's envelope time as written ({@link LineAttributor.Line#time()}), else {@code received}. */
    public static Instant eventTime(String written, Instant received) {
        Instant t = EventTime.parse(written, received);
        return t == null ? received : t;
    }

    /**
     * A VPN line already attributed upstream (by a {@link LineAttributor} that saw the device's
     * previous lines, e.g. the first step of a stream topology): {@code peer} its tunnel (null when
     * none), {@code time} its event time. The same window, debounce and verdicts as {@link #feed}.
     */
    public synchronized boolean feedAttributed(String peer, String device, Instant time, String line) {
        Instant now = clock.instant();
        stats.lines++;
        return accept(true, peer, device, Objects.requireNonNull(time, "time"), line, now);
    }

    private boolean accept(boolean vpn, String peer, String device, Instant t, String line, Instant now) {
        if (t.isAfter(watermark)) watermark = t;
        boolean tickDue = !watermark.isBefore(lastTickWatermark.plusSeconds(1));
        if (!vpn) return tickDue;
        stats.relevant++;
        if (peer == null) {
            stats.unattributed++;
            return tickDue;
        }
        TunnelWindow w = window(peer);
        if (device != null) w.device = device;
        w.add(t, line, maxLinesPerTunnel);
        w.markDirty(now, watermark);
        return tickDue;
    }

    private TunnelWindow window(String peer) {
        TunnelWindow w = tunnels.get(peer);
        if (w == null) {
            if (tunnels.size() >= maxTunnels) evictOldest();
            w = new TunnelWindow(peer);
            tunnels.put(peer, w);
        }
        return w;
    }

    /**
     * All the monitor keeps of one tunnel, to be stored elsewhere (a changelogged state store) and
     * given back to {@link #restore} in another process: the window's lines and their times, the
     * verdict and since when, whether it was up, whether a diagnosis was pending.
     */
    public record TunnelState(String peer, String device, List<Instant> times, List<String> lines, List<Finding> verdict,
                              Instant since, boolean up, boolean pending) {
        public TunnelState {
            if (times.size() != lines.size()) throw new IllegalArgumentException("one time per line");
            times = List.copyOf(times);
            lines = List.copyOf(lines);
            verdict = List.copyOf(verdict);
        }
    }

    /** The state of one tunnel now, or null when it is not tracked (never seen, or evicted). */
    public synchronized TunnelState snapshot(String peer) {
        TunnelWindow w = tunnels.get(peer);
        if (w == null) return null;
        return new TunnelState(w.peer, w.device, new ArrayList<>(w.times), new ArrayList<>(w.lines), w.verdict, w.since, w.up, w.dirtySince != null);
    }

    /** Takes back a tunnel's state (replacing what this monitor had of it); the lines' time moves on to its newest line. */
    public synchronized void restore(TunnelState s) {
        TunnelWindow w = new TunnelWindow(s.peer());
        tunnels.remove(s.peer());
        if (tunnels.size() >= maxTunnels) evictOldest();
        tunnels.put(s.peer(), w);
        w.device = s.device();
        for (int i = 0; i < s.lines().size(); i++) w.add(s.times().get(i), s.lines().get(i), maxLinesPerTunnel);
        w.verdict = s.verdict();
        w.since = s.since();
        w.up = s.up();
        if (w.newest().isAfter(watermark)) watermark = w.newest();
        if (s.pending()) w.markDirty(clock.instant(), watermark);
    }

    /** Diagnoses every tunnel whose debounce ran out, slides windows, evicts idle tunnels. Returns the changes. */
    public List<VerdictChange> tick() {
        return run(false);
    }

    /** Diagnoses every tunnel with new evidence now (end of input). */
    public List<VerdictChange> flush() {
        return run(true);
    }

    private List<VerdictChange> run(boolean all) {
        synchronized (tickLock) {
            List<Job> jobs = new ArrayList<>();
            synchronized (this) {
                Instant now = clock.instant();
                lastTickWatermark = watermark;
                slide();
                for (TunnelWindow w : tunnels.values()) {
                    if (w.dirtySince == null) continue;
                    // quiet for the debounce time, or waited the maximum delay: by the clock, or by the lines' time
                    if (all || !now.isBefore(w.lastChange.plus(debounce)) || !now.isBefore(w.dirtySince.plus(maxDelay))
                            || !watermark.isBefore(w.lastChangeEvent.plus(debounce)) || !watermark.isBefore(w.dirtySinceEvent.plus(maxDelay))) {
                        jobs.add(new Job(w, w.text(), w.newest(), w.device));
                        w.dirtySince = null;
                    }
                }
            }
            List<VerdictChange> changes = new ArrayList<>();
            for (Job j : jobs) {
                Judged judged = judge(j);
                VerdictChange c;
                synchronized (this) {
                    stats.diagnoses++;
                    c = j.w.apply(judged, j.newest);
                    if (c != null) {
                        switch (c.event()) {
                            case FAULT -> stats.faults++;
                            case CHANGED -> stats.changes++;
                            case CLEARED -> stats.clears++;
                        }
                    }
                }
                if (c != null) {
                    changes.add(c);
                    for (Listener l : listeners) l.onChange(c);
                }
            }
            return changes;
        }
    }

    private record Job(TunnelWindow w, String text, Instant newest, String device) {}

    record Judged(List<Finding> causes, boolean up) {}

    /** The one place reasoning happens: the ordinary diagnoser over the tunnel's window. */
    private Judged judge(Job j) {
        Evidence.Builder e = Evidence.builder().log("tunnel " + j.w.peer, j.text);
        DeviceConfigs.Config local = configs.find(j.device);
        DeviceConfigs.Config peer = configs.find(j.w.peer);
        if (local != null) e.localConfig(local.name(), local.text());
        if (peer != null && peer != local) e.peerConfig(peer.name(), peer.text());
        Engine.Run run = Engine.of(diagnoser).diagnoseWithFirings(e.build());
        Diagnosis d = run.diagnosis();
        List<Finding> mine = new ArrayList<>();
        // a window holds one peer's lines; two devices talking to that peer are two tunnels of it (peer@device)
        for (Finding f : d.rootCauses()) if (f.tunnel() == null || j.w.peer.equals(Tunnel.peerOf(f.tunnel())) || "unknown".equals(f.tunnel())) mine.add(f);
        mine.sort(Comparator.comparingDouble(Finding::confidence).reversed().thenComparing(Finding::id));
        boolean up = run.firings().getOrDefault(PHASE2_UP_RULE, 0) > 0;
        for (String r : ONE_WAY_RULES) if (run.firings().getOrDefault(r, 0) > 0) up = false;
        return new Judged(mine, up);
    }

    /** Drops lines older than the window and tunnels idle for longer than idleAfter (by the lines' time). */
    private void slide() {
        Instant from = watermark.minus(window);
        Instant idle = watermark.minus(idleAfter);
        for (Iterator<TunnelWindow> it = tunnels.values().iterator(); it.hasNext(); ) {
            TunnelWindow w = it.next();
            if (w.newest().isBefore(idle) && w.dirtySince == null) {
                it.remove();
                stats.evicted++;
                continue;
            }
            if (w.dropBefore(from)) w.markDirty(clock.instant(), watermark);
        }
    }

    private void evictOldest() {
        TunnelWindow oldest = null;
        for (TunnelWindow w : tunnels.values()) if (oldest == null || w.newest().isBefore(oldest.newest())) oldest = w;
        if (oldest != null) {
            tunnels.remove(oldest.peer);
            stats.evicted++;
        }
    }

    /** Every tracked tunnel, faulty ones first. */
    public synchronized List<TunnelView> tunnels() {
        List<TunnelView> out = new ArrayList<>();
        for (TunnelWindow w : tunnels.values()) out.add(w.view());
        out.sort(Comparator.comparing((TunnelView v) -> v.rootCauses().isEmpty()).thenComparing(TunnelView::tunnel));
        return out;
    }

    public synchronized TunnelView tunnel(String peer) {
        TunnelWindow w = tunnels.get(peer);
        return w == null ? null : w.view();
    }

    public synchronized Stats stats() {
        Stats s = new Stats();
        s.lines = stats.lines; s.relevant = stats.relevant; s.unattributed = stats.unattributed; s.diagnoses = stats.diagnoses;
        s.faults = stats.faults; s.changes = stats.changes; s.clears = stats.clears; s.evicted = stats.evicted;
        return s;
    }

    /** One tunnel's window and verdict. */
    private static final class TunnelWindow {
        final String peer;
        String device;
        final Deque<Instant> times = new ArrayDeque<>();
        final Deque<String> lines = new ArrayDeque<>();
        List<Finding> verdict = List.of();
        Instant since;
        boolean up;
        Instant dirtySince, lastChange, dirtySinceEvent, lastChangeEvent;

        TunnelWindow(String peer) { this.peer = peer; }

        void add(Instant t, String line, int max) {
            times.addLast(t);
            lines.addLast(line);
            while (lines.size() > max) {
                times.removeFirst();
                lines.removeFirst();
            }
        }

        void markDirty(Instant now, Instant eventNow) {
            if (dirtySince == null) {
                dirtySince = now;
                dirtySinceEvent = eventNow;
            }
            lastChange = now;
            lastChangeEvent = eventNow;
        }

        boolean dropBefore(Instant from) {
            boolean dropped = false;
            while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
                times.removeFirst();
                lines.removeFirst();
                dropped = true;
            }
            return dropped;
        }

        Instant newest() { return times.isEmpty() ? Instant.EPOCH : times.peekLast(); }

        String text() {
            StringBuilder b = new StringBuilder();
            for (String l : lines) b.append(l).append('\n');
            return b.toString();
        }

        /** The change a new judgement makes, or null. A fault only clears on evidence that the tunnel came up. */
        VerdictChange apply(Judged j, Instant at) {
            List<String> before = verdict.stream().map(Finding::id).sorted().toList();
            List<String> after = j.causes().stream().map(Finding::id).sorted().toList();
            up = j.up();
            if (!after.isEmpty()) {
                List<Finding> old = verdict;
                verdict = j.causes();
                if (before.isEmpty()) {
                    since = at;
                    return new VerdictChange(at, peer, VerdictChange.Event.FAULT, verdict, List.of());
                }
                if (!before.equals(after)) return new VerdictChange(at, peer, VerdictChange.Event.CHANGED, verdict, ids(old));
                verdict = j.causes(); // same causes, fresher confidences
                return null;
            }
            if (!before.isEmpty() && j.up()) {
                List<Finding> old = verdict;
                verdict = List.of();
                since = at;
                return new VerdictChange(at, peer, VerdictChange.Event.CLEARED, List.of(), ids(old));
            }
            return null; // no cause left but no sign of the tunnel up either (evidence aged out): the fault stands
        }

        private static List<String> ids(List<Finding> fs) { return fs.stream().map(Finding::id).toList(); }

        TunnelView view() {
            return new TunnelView(peer, device, verdict, since, newest(), lines.size(), up, dirtySince != null);
        }
    }

    /** Settings; defaults: 15 min window, 2 s debounce, 10 s maximum delay, idle after the window. */
    public static final class Builder {
        private final Diagnoser diagnoser;
        private Duration window = Duration.ofMinutes(15);
        private Duration debounce = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofSeconds(10);
        private Duration idleAfter;
        private int maxLinesPerTunnel = 5_000;
        private int maxTunnels = 100_000;
        private Clock clock = Clock.systemUTC();
        private DeviceConfigs configs = new DeviceConfigs();

        private Builder(Diagnoser diagnoser) { this.diagnoser = diagnoser; }

        public Builder window(Duration d) { this.window = positive(d, "window"); return this; }
        /** Quiet time after a tunnel's last line before it is diagnosed. */
        public Builder debounce(Duration d) { this.debounce = Objects.requireNonNull(d); return this; }
        /** A tunnel with lines arriving without pause is still diagnosed this long after its first new line. */
        public Builder maxDelay(Duration d) { this.maxDelay = Objects.requireNonNull(d); return this; }
        /** A tunnel without lines for this long (by the lines' time) is forgotten; default the window. */
        public Builder idleAfter(Duration d) { this.idleAfter = positive(d, "idle time"); return this; }
        public Builder maxLinesPerTunnel(int n) { if (n < 1) throw new IllegalArgumentException("max lines per tunnel must be at least 1"); this.maxLinesPerTunnel = n; return this; }
        public Builder maxTunnels(int n) { if (n < 1) throw new IllegalArgumentException("max tunnels must be at least 1"); this.maxTunnels = n; return this; }
        public Builder clock(Clock c) { this.clock = Objects.requireNonNull(c); return this; }
        public Builder configs(DeviceConfigs c) { this.configs = Objects.requireNonNull(c); return this; }

        public Monitor build() { return new Monitor(this); }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive");
            return d;
        }
    }
}
