package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keywords of every rule table, and which of them a lower-case message holds, found in one pass
 * over the message: the families try their rules in order and each rule first asks whether its keyword
 * occurs, which was a substring search per rule (a few hundred per line). The answer is exactly
 * {@code lower.contains(keyword)}; {@code NeedlesTest} checks it on every sample line and on generated
 * lines. Keywords are registered as the rule tables load ({@link Rule}); one registered after a
 * message's pass is answered by a plain search.
 */
final class Needles {
    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final List<String> ALL = new ArrayList<>();
    private static volatile Index index;

    private Needles() {}

    /** The id of a lower-case keyword (the same id for the same keyword). */
    static synchronized int id(String needle) {
        Integer id = IDS.get(needle);
        if (id != null) return id;
        IDS.put(needle, ALL.size());
        ALL.add(needle);
        index = null;
        return ALL.size() - 1;
    }

    /** The index over every keyword registered so far. */
    static Index index() {
        Index i = index;
        if (i != null) return i;
        synchronized (Needles.class) {
            if (index == null) index = new Index(List.copyOf(ALL));
            return index;
        }
    }

    /** Keywords indexed by their first four characters (Latin-1 only); shorter or other ones are searched plainly. */
    static final class Index {
        final List<String> needles;
        private final int[] keys;
        private final int[] heads; // per slot: first keyword id + 1 (0: empty slot)
        private final int[] next;  // per keyword: the next keyword id + 1 with the same four characters
        private final int shift;
        private final int[] plain;

        Index(List<String> needles) {
            this.needles = needles;
            int cap = Integer.highestOneBit(Math.max(16, needles.size() * 4) - 1) << 1;
            shift = 32 - Integer.numberOfTrailingZeros(cap);
            keys = new int[cap];
            heads = new int[cap];
            next = new int[needles.size()];
            List<Integer> other = new ArrayList<>();
            for (int id = needles.size() - 1; id >= 0; id--) {
                String n = needles.get(id);
                if (n.length() < 4 || !latin1(n, 4)) {
                    other.add(id);
                    continue;
                }
                int key = key(n, 0);
                int slot = slot(key);
                while (heads[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (cap - 1);
                keys[slot] = key;
                next[id] = heads[slot];
                heads[slot] = id + 1;
            }
            plain = other.stream().mapToInt(Integer::intValue).toArray();
        }

        int size() {
            return needles.size();
        }

        /** Bit i set when the lower-case text contains keyword i. */
        long[] scan(String lower) {
            long[] found = new long[(needles.size() + 63) >>> 6];
            for (int id : plain) {
                if (lower.contains(needles.get(id))) found[id >>> 6] |= 1L << id;
            }
            int n = lower.length();
            int key = 0;
            int valid = 0; // how many Latin-1 characters end at i
            for (int i = 0; i < n; i++) {
                char c = lower.charAt(i);
                if (c > 0xFF) {
                    valid = 0;
                    continue;
                }
                key = key * 256 + c; // the last four characters, one byte each (no address: a window of text)
                if (++valid < 4) continue;
                int start = i - 3;
                int slot = slot(key);
                while (heads[slot] != 0) {
                    if (keys[slot] == key) {
                        for (int id = heads[slot] - 1; id >= 0; id = next[id] - 1) {
                            if ((found[id >>> 6] & 1L << id) == 0 && lower.startsWith(needles.get(id), start)) found[id >>> 6] |= 1L << id;
                        }
                        break;
                    }
                    slot = (slot + 1) & (heads.length - 1);
                }
            }
            return found;
        }

        private int slot(int key) {
            return (key * 0x9E3779B1) >>> shift;
        }

        private static int key(String s, int at) {
            return ((s.charAt(at) * 256 + s.charAt(at + 1)) * 256 + s.charAt(at + 2)) * 256 + s.charAt(at + 3);
        }

        private static boolean latin1(String s, int upTo) {
            for (int i = 0; i < upTo; i++) {
                if (s.charAt(i) > 0xFF) return false;
            }
            return true;
        }
    }
}
