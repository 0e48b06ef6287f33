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

    private final Map<String, LogEvent> byKey = new HashMap<>();
    private final Map<String, Integer> variants = new HashMap<>();
    /** {@link KeyHash} of each (kind, peer) group's variant keys (at most MAX_VARIANTS each). */
    private final Map<String, long[]> variantHashes = new HashMap<>();
    private final Map<String, String> overflowKeys = new HashMap<>();
    private final List<LogEvent> events = new ArrayList<>();
    private final List<UnrecognizedLine> unrecognized = new ArrayList<>();

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
        String group = group(p.kind, p.peer);
        int seen = variants.merge(group, 1, EventStore::saturatingSum);
        if (seen > MAX_VARIANTS) {
            e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, Map.of("variants", "more"), origin, time, seq);
            byKey.put(overflowKey(group), e);
            events.add(e);
            last = e;
            return;
        }
        e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, p.attrs, origin, time, seq);
        byKey.put(key, e);
        events.add(e);
        last = e;
        variantHashes.merge(group, new long[] {KeyHash.of(p)}, EventStore::concat);
    }

    /**
     * The overflow event of a line of (kind, peer) whose key hash is none of the group's variants',
     * once the group is past the cap; null when the exact path ({@link #existing}, {@link #add}) must decide.
     * A group past the cap never gains variants, so its hashes are final: a hash not among them
     * proves the line's key is new, and the line folds into the overflow event without its key being made.
     */
    LogEvent overflowIfNew(EventKind kind, String peer, long keyHash) {
        String group = group(kind, peer);
        Integer seen = variants.get(group);
        if (seen == null || seen <= MAX_VARIANTS) return null;
        long[] hashes = variantHashes.get(group);
        if (hashes != null) {
            for (long h : hashes) if (h == keyHash) return null;
        }
        return byKey.get(overflowKey(group));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /**
     * The event a line with this key and content folds into when it exists already: its own, or,
     * once its (kind, peer) has {@value #MAX_VARIANTS} variants, the overflow event. Null when
     * {@link #add} would create one. Lets a caller skip building the line's origin when the event
     * keeps no more samples.
     */
    LogEvent existing(String key, EventKind kind, String peer) {
        LogEvent e = byKey.get(key);
        if (e != null) return e;
        String group = group(kind, peer);
        Integer seen = variants.get(group);
        if (seen == null || seen < MAX_VARIANTS) return null;
        variants.put(group, MAX_VARIANTS + 1); // this line is one more variant (saturated: only "past the cap" matters)
        return byKey.get(overflowKey(group));
    }

    private String overflowKey(String group) {
        return overflowKeys.computeIfAbsent(group, g -> g + OVERFLOW);
    }

    private static final String OVERFLOW = "\u0001*";
    /** (kind, no peer) group names, made once: connection lines have no peer and reach here every line. */
    private final String[] groupsWithoutPeer = new String[vpndoctor.model.EventKind.values().length];

    private String group(EventKind kind, String peer) {
        if (peer != null) return kind.name() + '\u0001' + peer;
        String g = groupsWithoutPeer[kind.ordinal()];
        if (g == null) g = groupsWithoutPeer[kind.ordinal()] = kind.name() + "\u0001null";
        return g;
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
