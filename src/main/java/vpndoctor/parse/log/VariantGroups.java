package vpndoctor.parse.log;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;

/**
 * The (kind, peer) groups of an {@link EventStore}: per group how many variants it has, their
 * {@link KeyHash}es and its overflow event once past the cap. An open-addressed table over primitive
 * arrays whose key is the group's first event (its kind and peer): a group of one variant, the common
 * case (400k groups of 100k tunnels, issue 14), costs about 30 bytes instead of four objects and a
 * map entry. Not thread-safe.
 */
final class VariantGroups {
    private final List<LogEvent> events;
    /** Index in events + 1 of the group's first event; 0 for an empty slot. */
    private int[] first = new int[64];
    private int[] code = new int[64];
    /** Variants seen, saturated at {@code MAX_VARIANTS + 1}. */
    private byte[] seen = new byte[64];
    /** The first variant's key hash. */
    private long[] hash0 = new long[64];
    /** Null while a group has one variant. */
    private More[] more = new More[64];
    private int size;

    /** What a group of several variants has besides its first: every variant's key hash, the overflow event. */
    private static final class More {
        long[] hashes;
        LogEvent overflow;
    }

    VariantGroups(List<LogEvent> events) {
        this.events = events;
    }

    private static int code(EventKind kind, String peer) {
        int h = kind.ordinal() * 0x9E3779B9 + Objects.hashCode(peer) * 0x85EBCA6B;
        return h ^ h >>> 16;
    }

    /** The slot of (kind, peer): where the group is, or the empty slot where it would go. */
    int slot(EventKind kind, String peer) {
        int c = code(kind, peer);
        int mask = first.length - 1;
        int i = c & mask;
        while (first[i] != 0) {
            if (code[i] == c) {
                LogEvent f = events.get(first[i] - 1);
                if (f.getKind().equals(kind.name()) && Objects.equals(f.getPeer(), peer)) return i;
            }
            i = (i + 1) & mask;
        }
        return i;
    }

    boolean present(int slot) { return first[slot] != 0; }

    int seen(int slot) { return seen[slot]; }

    void seen(int slot, int n) { seen[slot] = (byte) n; }

    LogEvent overflow(int slot) { return more[slot] == null ? null : more[slot].overflow; }

    void overflow(int slot, LogEvent e) { more(slot).overflow = e; }

    private More more(int slot) {
        if (more[slot] == null) {
            more[slot] = new More();
            more[slot].hashes = new long[] {hash0[slot]};
        }
        return more[slot];
    }

    boolean hasVariant(int slot, long keyHash) {
        if (more[slot] == null) return hash0[slot] == keyHash;
        for (long h : more[slot].hashes) if (h == keyHash) return true;
        return false;
    }

    /** Records a further variant of a present group. */
    void addVariant(int slot, long keyHash) {
        More m = more(slot);
        m.hashes = Arrays.copyOf(m.hashes, m.hashes.length + 1);
        m.hashes[m.hashes.length - 1] = keyHash;
    }

    /**
     * A new group in the empty {@code slot} (from {@link #slot}), whose first variant is the event at
     * {@code eventIndex} with key hash {@code keyHash}, seen once.
     */
    void create(int slot, EventKind kind, String peer, int eventIndex, long keyHash) {
        first[slot] = eventIndex + 1;
        code[slot] = code(kind, peer);
        seen[slot] = 1;
        hash0[slot] = keyHash;
        if (++size * 8 > first.length * 7) grow(); // 7/8 full at most: a group is looked up by a cheap int compare first
    }

    private void grow() {
        int[] of = first, oc = code;
        byte[] os = seen;
        long[] oh = hash0;
        More[] om = more;
        int n = of.length * 2;
        first = new int[n];
        code = new int[n];
        seen = new byte[n];
        hash0 = new long[n];
        more = new More[n];
        for (int i = 0; i < of.length; i++) {
            if (of[i] == 0) continue;
            int j = oc[i] & (n - 1);
            while (first[j] != 0) j = (j + 1) & (n - 1);
            first[j] = of[i];
            code[j] = oc[i];
            seen[j] = os[i];
            hash0[j] = oh[i];
            more[j] = om[i];
        }
    }
}
