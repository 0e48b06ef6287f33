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
    private int stringCount;
    private SmallMap[] maps = new SmallMap[256];
    private int mapCount;

    /** The shared instance equal to s (s itself the first time); null for null. */
    public String string(String s) {
        if (s == null || s.length() > MAX_LENGTH) return s;
        int mask = strings.length - 1;
        int i = spread(s.hashCode()) & mask;
        for (String t; (t = strings[i]) != null; i = (i + 1) & mask) {
            if (t.equals(s)) return t;
        }
        strings[i] = s;
        if (++stringCount * 4 > strings.length * 3) {
            String[] old = strings;
            strings = new String[old.length * 2];
            for (String t : old) if (t != null) strings[free(strings, spread(t.hashCode()))] = t;
        }
        return s;
    }

    /** An immutable copy of attrs with shared values, itself shared with every equal map of the same order. */
    Map<String, String> attrs(Map<String, String> attrs) {
        if (attrs == null || attrs.isEmpty()) return Map.of();
        SmallMap m = SmallMap.copyOf(attrs, this::string);
        int mask = maps.length - 1;
        int i = spread(m.contentHash()) & mask;
        for (SmallMap t; (t = maps[i]) != null; i = (i + 1) & mask) {
            if (t.sameContent(m)) return t;
        }
        maps[i] = m;
        if (++mapCount * 4 > maps.length * 3) {
            SmallMap[] old = maps;
            maps = new SmallMap[old.length * 2];
            for (SmallMap t : old) if (t != null) maps[free(maps, spread(t.contentHash()))] = t;
        }
        return m;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    private static int free(Object[] table, int h) {
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != null) i = (i + 1) & mask;
        return i;
    }
}
