package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.SampleTexts;
import vpndoctor.model.SharedValues;
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
     * 150 bytes an event; 540k events of 100k tunnels, issue 14): an open-addressed table of event
     * indexes (+ 1; 0 for an empty slot) over an int[], the hashes kept per event in {@link #keyHashes}.
     * 4 bytes a slot and 16 an event, instead of 20 a slot (with half the slots empty, 20 MB became
     * 13 MB at 540k events, while the heap is fullest). Two different keys of the same 128 bits would
     * fold two messages into one: with a million events the odds are below 1e-26.
     */
    private int[] slotEvent = new int[64];
    /**
     * The top eight bits of each filed key's first hash, per slot: a probe passes over an occupied slot of
     * another key without reading that event's hashes (a cache miss each in a table of 100k+ events).
     * Only a filter: a slot is the key's when both full hashes are equal, as before.
     */
    private byte[] slotTag = new byte[64];
    /** The key hashes (a, b) of event i at [i >> CHUNK_BITS][2 * (i & CHUNK - 1)]: chunks, so growing copies nothing. */
    private long[][] keyHashes = new long[8][];
    private static final int CHUNK_BITS = 12, CHUNK = 1 << CHUNK_BITS;
    private int keyed;
    /** The two hashes of the last key {@link #hash}ed. */
    private long ka, kb;
    /** Where the texts of sample lines are kept (a file once they are many: see SampleTexts). */
    private final SampleTexts texts;
    private final List<LogEvent> events = new ArrayList<>();
    /** Per (kind, peer): how many variants, their {@link KeyHash}es, the overflow event once past the cap. */
    private final VariantGroups groups = new VariantGroups(events);
    /** Peers, local addresses, attribute values and times, one instance each. */
    private final SharedValues strings = new SharedValues();
    private final List<UnrecognizedLine> unrecognized = new ArrayList<>();
    /**
     * The first logging device seen, and whether a second one was: from then on a tunnel event's key
     * includes its device, so two devices' messages about one peer stay two events (see
     * {@link #existingOfDevice}). Evidence of one device keeps the keys (and events) it always had.
     */
    private String firstDevice;
    private boolean byDevice;
    /** Told the peer of each new (kind, peer) group, when a run asked (see {@link LogIngest#watchPeers}); else null. */
    PeerWatch peerWatch;

    /** A store whose sample texts stay on the heap (a throwaway store, a test). */
    EventStore() {
        this(null);
    }

    /** A store that keeps sample texts in {@code texts} (null: on the heap). */
    EventStore(SampleTexts texts) {
        this.texts = texts;
    }

    /** The origin of a sample line: made by the store, which may keep its text out of the heap. */
    Origin origin(String source, int line, String text) {
        return texts == null ? new Origin(source, line, text) : texts.origin(source, line, text);
    }

    /** {@link #origin(String, int, String)} of the ISO-8859-1 text b[off, off + len). */
    Origin origin(String source, int line, byte[] b, int off, int len) {
        return texts == null ? new Origin(source, line, AsciiBytes.string(b, off, off + len)) : texts.origin(source, line, b, off, len);
    }

    private void hash(String key) {
        ka = 0xcbf29ce484222325L;
        kb = 0x9E3779B97F4A7C15L;
        feed(key);
        kb ^= kb >>> 32;
    }

    /** Adds the characters of s to the hash under way in (ka, kb) (its last step, kb ^= kb >>> 32, not yet taken). */
    private void feed(String s) {
        long a = ka, b = kb;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            a = (a ^ c) * 0x100000001b3L;        // FNV-1a
            b = Long.rotateLeft(b ^ (c * 0xC2B2AE3D27D4EB4FL), 29) * 0x165667B19E3779F9L;
        }
        ka = a;
        kb = b;
    }

    private void feed(char c) {
        ka = (ka ^ c) * 0x100000001b3L;
        kb = Long.rotateLeft(kb ^ (c * 0xC2B2AE3D27D4EB4FL), 29) * 0x165667B19E3779F9L;
    }

    /**
     * {@link #hash}{@code (key(p))} without making the key: the same characters, in the same order, go
     * through the same steps (a null part is the text "null", as StringBuilder.append writes it). One key
     * String less per line of the ordinary path (~200 MB of garbage on 1M lines, while the event store
     * keeps the old generation nearly full). {@code EventStoreTest} checks both give the same hash.
     */
    void hashOf(Parsed p) {
        int n = p.attrs.size();
        String[] names = new String[n];
        String[] values = new String[n];
        p.attrsInto(names, values);
        ka = 0xcbf29ce484222325L;
        kb = 0x9E3779B97F4A7C15L;
        feed(p.kind.name());
        feed('\u0001');
        feed(String.valueOf(p.peer));
        feed('\u0001');
        feed(String.valueOf(p.local));
        int[] order = n < 2 ? null : sortedOrder(names, n);
        for (int i = 0; i < n; i++) {
            int k = order == null ? i : order[i];
            feed('\u0001');
            feed(String.valueOf(names[k]));
            feed('=');
            feed(String.valueOf(values[k]));
        }
        kb ^= kb >>> 32;
    }

    /** The hash of the last key hashed ({@link #hash} or {@link #hashOf}), for tests. */
    long[] lastHash() { return new long[] {ka, kb}; }

    /** hash(key), exposed for tests. */
    long[] hashOfKey(String key) {
        hash(key);
        return lastHash();
    }

    /** The slot of (ka, kb): where it is, or the empty slot where it would go. */
    private int slot() {
        int mask = slotEvent.length - 1;
        int i = home(kb, mask);
        byte tag = (byte) (ka >>> 56);
        for (int e; (e = slotEvent[i]) != 0; i = (i + 1) & mask) {
            if (slotTag[i] != tag) continue;
            long[] c = keyHashes[(e - 1) >>> CHUNK_BITS];
            int j = (e - 1 & CHUNK - 1) << 1;
            if (c[j] == ka && c[j + 1] == kb) return i;
        }
        return i;
    }

    private static int home(long kb, int mask) {
        return (int) (kb ^ kb >>> 29) & mask;
    }

    private LogEvent keyed() {
        int e = slotEvent[slot()];
        return e == 0 ? null : events.get(e - 1);
    }

    /** Files the event just appended to {@link #events} under (ka, kb). */
    private void putKeyed() {
        if (4 * (keyed + 1) > 3 * slotEvent.length) grow();
        int j = slot();
        int e = events.size();
        slotEvent[j] = e;
        slotTag[j] = (byte) (ka >>> 56);
        int c = (e - 1) >>> CHUNK_BITS;
        if (c >= keyHashes.length) keyHashes = java.util.Arrays.copyOf(keyHashes, keyHashes.length * 2);
        if (keyHashes[c] == null) keyHashes[c] = new long[2 * CHUNK];
        int k = (e - 1 & CHUNK - 1) << 1;
        keyHashes[c][k] = ka;
        keyHashes[c][k + 1] = kb;
        keyed++;
    }

    private void grow() {
        int[] oe = slotEvent;
        byte[] ot = slotTag;
        int[] ne = new int[oe.length * 2];
        byte[] nt = new byte[ne.length];
        int mask = ne.length - 1;
        for (int k = 0; k < oe.length; k++) {
            int e = oe[k];
            if (e == 0) continue;
            int i = home(keyHashes[(e - 1) >>> CHUNK_BITS][((e - 1 & CHUNK - 1) << 1) + 1], mask);
            while (ne[i] != 0) i = (i + 1) & mask;
            ne[i] = e;
            nt[i] = ot[k];
        }
        slotEvent = ne;
        slotTag = nt;
    }

    /** Adds one occurrence; returns the event it is now part of. */
    LogEvent add(Parsed p, Platform platform, Origin origin, String time, long seq) {
        if (!plainKey(p)) {
            add(p, key(p), platform, origin, time, seq);
            return last;
        }
        hashOf(p); // the key filed alone: hashed from its parts, no key String made
        addFound(p, existingHashed(p.kind, p.peer), platform, origin, time, seq);
        return last;
    }

    /** The event the last {@link #add} went into. */
    private LogEvent last;

    /** add() for a line whose key is already known. */
    void add(Parsed p, String key, Platform platform, Origin origin, String time, long seq) {
        String filed = fileKey(p, key);
        LogEvent e = filed == key ? existing(key, p.kind, p.peer) : existingOfDevice(p, key, filed);
        addFound(p, e, platform, origin, time, seq);
    }

    /** add() once the line's event was looked up: e, or null with the key to file a new one under hashed into (ka, kb). */
    private void addFound(Parsed p, LogEvent e, Platform platform, Origin origin, String time, long seq) {
        time = strings.string(time); // a line read as a String has its own time String: an event keeps two
        if (e != null) {
            e.addOccurrence(origin, time, seq);
            last = e;
            return;
        }
        int g = groups.slot(p.kind, p.peer);
        if (groups.present(g)) {
            groups.seen(g, saturatingSum(groups.seen(g), 1));
            if (groups.seen(g) > MAX_VARIANTS) {
                e = new LogEvent(events.size() + 1, p.kind.name(), platform, p.peer, p.local, Map.of("variants", "more"), strings, origin, time, seq);
                if (p.device != null) e.onDevice(strings.string(p.device));
                groups.overflow(g, e);
                events.add(e);
                last = e;
                return;
            }
            groups.addVariant(g, KeyHash.of(p));
        } else {
            groups.create(g, p.kind, p.peer, events.size(), KeyHash.of(p));
            if (peerWatch != null) peerWatch.peer(p.peer); // a new group: the only place a peer can be new
        }
        e = new LogEvent(events.size() + 1, p.kind.name(), platform, p.peer, p.local, p.attrs, strings, origin, time, seq);
        if (p.device != null) e.onDevice(strings.string(p.device));
        events.add(e);
        putKeyed(); // (ka, kb) are the key's: hashed before existingHashed() above
        last = e;
    }

    /**
     * The overflow event of a line of (kind, peer) whose key hash is none of the group's variants',
     * once the group is past the cap; null when the exact path ({@link #existing}, {@link #add}) must decide.
     * A group past the cap never gains variants, so its hashes are final: a hash not among them
     * proves the line's key is new, and the line folds into the overflow event without its key being made.
     */
    LogEvent overflowIfNew(EventKind kind, String peer, long keyHash) {
        int g = groups.slot(kind, peer);
        if (!groups.present(g) || groups.seen(g) <= MAX_VARIANTS) return null;
        if (groups.hasVariant(g, keyHash)) return null;
        return groups.overflow(g);
    }

    /**
     * The event a line with this key and content folds into when it exists already: its own, or,
     * once its (kind, peer) has {@value #MAX_VARIANTS} variants, the overflow event. Null when
     * {@link #add} would create one. Lets a caller skip building the line's origin when the event
     * keeps no more samples.
     */
    LogEvent existing(String key, EventKind kind, String peer) {
        hash(key);
        return existingHashed(kind, peer);
    }

    /**
     * {@link #existing} for a scanned connection line of this logging device (null: none named): filed as
     * {@link #add} would file it, under its key alone while the evidence shows one device, else with its device.
     */
    LogEvent existingOfScanned(String key, EventKind kind, String device) {
        if (device == null || !byDevice && (firstDevice == null || firstDevice.equals(device))) return existing(key, kind, null);
        hash(key);
        LogEvent before = keyed();
        if (before != null && device.equals(before.getDevice())) return before;
        return existing(key + '\u0002' + device, kind, null);
    }

    /** {@link #existing} of the key hashed into (ka, kb). */
    private LogEvent existingHashed(EventKind kind, String peer) {
        LogEvent e = keyed();
        if (e != null) return e;
        int g = groups.slot(kind, peer);
        if (!groups.present(g) || groups.seen(g) < MAX_VARIANTS) return null;
        groups.seen(g, MAX_VARIANTS + 1); // this line is one more variant (saturated: only "past the cap" matters)
        return groups.overflow(g);
    }

    /** The key a line's event is filed under: its key, plus its device once the evidence has shown two devices. */
    private String fileKey(Parsed p, String key) {
        if (plainKey(p)) return key;
        return key + '\u0002' + (p.device == null ? "" : p.device); // a line no device is known for is no device's
    }

    /** Whether the line's event is filed under its key alone ({@link #fileKey}); notes its device as fileKey does. */
    private boolean plainKey(Parsed p) {
        if (p.tunnelless && p.device == null) return true; // a traced flow, a ping: no device
        if (!byDevice) {
            if (p.device == null) return true;
            if (firstDevice == null) firstDevice = p.device;
            if (firstDevice.equals(p.device)) return true;
            byDevice = true;
        }
        return false;
    }

    /**
     * existing() for a line of a device once keys name devices: an event filed before the second
     * device appeared (under the key alone) is this line's when it is of the same device; otherwise
     * the key with the device decides. Leaves the device key hashed for {@link #putKeyed}. (Variant
     * hashes stay those of the plain key: only the connection fast path reads them, and its events have no device.)
     */
    private LogEvent existingOfDevice(Parsed p, String key, String filed) {
        hash(key);
        LogEvent before = keyed();
        if (before != null && java.util.Objects.equals(p.device, before.getDevice())) return before;
        return existing(filed, p.kind, p.peer);
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
