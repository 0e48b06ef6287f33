package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.UnrecognizedLine;

/**
 * Folds repeats into one LogEvent per (kind, peer, local, attrs), in first-seen order, and keeps the
 * first unrecognized lines. A day of syslog repeats a few dozen messages millions of times, so the
 * map stays small while the counts stay exact.
 */
class EventStore { // not final: a test store fails on purpose to prove one line cannot end a file
    static final int MAX_UNRECOGNIZED = 500;
    /**
     * Distinct events one (kind, peer) may have. Connection and translation messages name a new
     * host pair on every line, so a day of traffic would otherwise become a fact per connection;
     * past this many, further variants fold into one event with attribute variants=more, counted.
     */
    static final int MAX_VARIANTS = 32;

    /**
     * Events by their key, held as two independent 64-bit hashes of it, not as the key string (about
     * 150 bytes an event; 540k events of 100k tunnels, issue 14). Two different keys of the same
     * 128 bits would fold two messages into one: with a million events the odds are below 1e-26.
     */
    private final Map<Key128, LogEvent> byKey = new HashMap<>();
    /** Per (kind, peer): how many variants, their {@link KeyHash}es, the overflow event once past the cap. */
    private final Map<Group, GroupState> groups = new HashMap<>();
    private final List<LogEvent> events = new ArrayList<>();
    private final List<UnrecognizedLine> unrecognized = new ArrayList<>();

    private record Key128(long a, long b) {
        static Key128 of(String key) {
            long a = 0xcbf29ce484222325L, b = 0x9E3779B97F4A7C15L;
            for (int i = 0, n = key.length(); i < n; i++) {
                char c = key.charAt(i);
                a = (a ^ c) * 0x100000001b3L;        // FNV-1a
                b = Long.rotateLeft(b ^ (c * 0xC2B2AE3D27D4EB4FL), 29) * 0x165667B19E3779F9L;
            }
            return new Key128(a, b ^ (b >>> 32));
        }
    }

    private record Group(EventKind kind, String peer) {}

    private static final class GroupState {
        int seen;
        long[] hashes = new long[0];
        LogEvent overflow;
    }

    /** Adds one occurrence; returns the event it is now part of. */
    LogEvent add(Parsed p, Platform platform, Origin origin, String time, long seq) {
        add(p, key(p), platform, origin, time, seq);
        return last;
    }

    /** The event the last {@link #add} went into. */
    private LogEvent last;

    /** add() for a line whose key is already known. */
    void add(Parsed p, String key, Platform platform, Origin origin, String time, long seq) {
        LogEvent e = existing(key, p.kind, p.peer);
        if (e != null) {
            e.addOccurrence(origin, time, seq);
            last = e;
            return;
        }
        GroupState g = groups.computeIfAbsent(new Group(p.kind, p.peer), k -> new GroupState());
        g.seen = saturatingSum(g.seen, 1);
        if (g.seen > MAX_VARIANTS) {
            e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, Map.of("variants", "more"), origin, time, seq);
            g.overflow = e;
            events.add(e);
            last = e;
            return;
        }
        e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, p.attrs, origin, time, seq);
        byKey.put(Key128.of(key), e);
        events.add(e);
        last = e;
        g.hashes = java.util.Arrays.copyOf(g.hashes, g.hashes.length + 1);
        g.hashes[g.hashes.length - 1] = KeyHash.of(p);
    }

    /**
     * The overflow event of a line of (kind, peer) whose key hash is none of the group's variants',
     * once the group is past the cap; null when the exact path ({@link #existing}, {@link #add}) must decide.
     * A group past the cap never gains variants, so its hashes are final: a hash not among them
     * proves the line's key is new, and the line folds into the overflow event without its key being made.
     */
    LogEvent overflowIfNew(EventKind kind, String peer, long keyHash) {
        GroupState g = groups.get(new Group(kind, peer));
        if (g == null || g.seen <= MAX_VARIANTS) return null;
        for (long h : g.hashes) if (h == keyHash) return null;
        return g.overflow;
    }

    /**
     * The event a line with this key and content folds into when it exists already: its own, or,
     * once its (kind, peer) has {@value #MAX_VARIANTS} variants, the overflow event. Null when
     * {@link #add} would create one. Lets a caller skip building the line's origin when the event
     * keeps no more samples.
     */
    LogEvent existing(String key, EventKind kind, String peer) {
        LogEvent e = byKey.get(Key128.of(key));
        if (e != null) return e;
        GroupState g = groups.get(new Group(kind, peer));
        if (g == null || g.seen < MAX_VARIANTS) return null;
        g.seen = MAX_VARIANTS + 1; // this line is one more variant (saturated: only "past the cap" matters)
        return g.overflow;
    }

    private static int saturatingSum(int a, int b) {
        return Math.min(a + b, MAX_VARIANTS + 1);
    }

    void unrecognized(Origin origin, Platform platform, String peer, long seq) {
        if (unrecognized.size() < MAX_UNRECOGNIZED) {
            unrecognized.add(new UnrecognizedLine("u" + (unrecognized.size() + 1), origin, platform, peer, seq));
        }
    }

    List<LogEvent> events() {
        return Collections.unmodifiableList(events);
    }

    List<UnrecognizedLine> unrecognized() {
        return Collections.unmodifiableList(unrecognized);
    }

    /** Attribute order is fixed by sorting, so the same message always gets the same key. */
    static String key(Parsed p) {
        int n = p.attrs.size();
        String[] names = new String[n];
        String[] values = new String[n];
        p.attrsInto(names, values);
        return key(p.kind, p.peer, p.local, names, values, n);
    }

    /** The key of an event given as arrays (attributes in any order, names distinct); runs once per relevant line. */
    static String key(EventKind kind, String peer, String local, String[] names, String[] values, int n) {
        int[] order = sortedOrder(names, n);
        StringBuilder b = new StringBuilder(128).append(kind.name()).append('\u0001').append(peer)
                .append('\u0001').append(local);
        for (int i = 0; i < n; i++) {
            b.append('\u0001').append(names[order[i]]).append('=').append(values[order[i]]);
        }
        return b.toString();
    }

    /** Indexes of names[0, n) in name order (insertion sort: a handful of names). */
    static int[] sortedOrder(String[] names, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }
}
