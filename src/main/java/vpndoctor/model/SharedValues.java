package vpndoctor.model;

import java.util.Map;

/**
 * One instance per distinct value among a store's events: peers, local addresses, attribute values,
 * and whole attribute maps. Every event of a tunnel names the same peer and most attribute values
 * recur ("group=" the peer, "step=packet sent"), while the parser makes new Strings per line; 540k
 * events of 100k tunnels (issue 14) held a million copies. Open-addressed tables of the values
 * themselves. Not thread-safe.
 */
public final class SharedValues {
    /** Longer strings are kept as they are: rarely repeated, and hashing them costs. */
    static final int MAX_LENGTH = 64;
    private String[] strings = new String[256];
    /**
     * The low eight bits of each kept string's hash code, per slot: a probe passes over another string
     * without reading it (two cache misses each, the String and its bytes, once the table holds 100k+
     * values). Only a filter: a slot is s's when the string there equals s, as before.
     */
    private byte[] stringTags = new byte[256];
    private int stringShift = 32 - 8;
    private int stringCount;
    private SmallMap[] maps = new SmallMap[256];
    private int mapShift = 32 - 8;
    private int mapCount;

    /** The shared instance equal to s (s itself the first time); null for null. */
    public String string(String s) {
        if (s == null || s.length() > MAX_LENGTH) return s;
        int mask = strings.length - 1;
        int h = s.hashCode();
        byte tag = (byte) h;
        int i = slot(h, stringShift);
        for (String t; (t = strings[i]) != null; i = (i + 1) & mask) {
            if (stringTags[i] == tag && t.equals(s)) return t;
        }
        strings[i] = s;
        stringTags[i] = tag;
        if (++stringCount * 4 > strings.length * 3) {
            String[] old = strings;
            strings = new String[old.length * 2];
            stringTags = new byte[strings.length];
            stringShift--;
            for (String t : old) {
                if (t == null) continue;
                int j = free(strings, slot(t.hashCode(), stringShift));
                strings[j] = t;
                stringTags[j] = (byte) t.hashCode();
            }
        }
        return s;
    }

    /** An immutable copy of attrs with shared values, itself shared with every equal map of the same order. */
    Map<String, String> attrs(Map<String, String> attrs) {
        if (attrs == null || attrs.isEmpty()) return Map.of();
        SmallMap m = SmallMap.copyOf(attrs, this::string);
        int mask = maps.length - 1;
        int i = slot(m.contentHash(), mapShift);
        for (SmallMap t; (t = maps[i]) != null; i = (i + 1) & mask) {
            if (t.sameContent(m)) return t;
        }
        maps[i] = m;
        if (++mapCount * 4 > maps.length * 3) {
            SmallMap[] old = maps;
            maps = new SmallMap[old.length * 2];
            mapShift--;
            for (SmallMap t : old) if (t != null) maps[free(maps, slot(t.contentHash(), mapShift))] = t;
        }
        return m;
    }

    /**
     * The home slot of hash code h in a table of 2^(32 - shift) slots: the top bits of h times the golden
     * ratio (Fibonacci hashing). The low bits of h alone, even folded with its high half, put addresses
     * that differ in their last characters ("10.0.7.1", "10.0.7.2", ...) on adjacent slots, and linear
     * probing then walks long runs: a tenth of 1M lines x 100k tunnels went on these probes (issue 14).
     */
    private static int slot(int h, int shift) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private static int free(Object[] table, int i) {
        int mask = table.length - 1;
        while (table[i] != null) i = (i + 1) & mask;
        return i;
    }
}
