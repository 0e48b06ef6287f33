package vpndoctor.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few string attributes in insertion order, held in one array (names and
 * values alternating): a LogEvent's attrs. A LinkedHashMap behind an unmodifiable view costs about
 * 230 bytes for the one or two attributes an event has; 540k events of 100k tunnels (issue 14) made
 * that a fifth of the heap. Look-ups scan the array: events have a handful of attributes.
 */
final class SmallMap extends AbstractMap<String, String> {
    private final String[] kv;

    private SmallMap(String[] kv) { this.kv = kv; }

    /** An immutable copy of m in its iteration order. */
    static Map<String, String> copyOf(Map<String, String> m) {
        if (m == null || m.isEmpty()) return Map.of();
        if (m instanceof SmallMap s) return s;
        String[] kv = new String[m.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return new SmallMap(kv);
    }

    /** As {@link #copyOf(Map)}, each value given through {@code values} (a table of shared strings). */
    static SmallMap copyOf(Map<String, String> m, java.util.function.UnaryOperator<String> values) {
        String[] kv = new String[m.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = values.apply(e.getValue());
        }
        return new SmallMap(kv);
    }

    /** A hash of the names and values in their order (unlike {@link #hashCode}, which ignores order). */
    int contentHash() { return java.util.Arrays.hashCode(kv); }

    /** Same names and values in the same order: one may stand for the other, iteration included. */
    boolean sameContent(SmallMap o) { return java.util.Arrays.equals(kv, o.kv); }

    @Override public int size() { return kv.length / 2; }

    @Override public String get(Object key) {
        for (int i = 0; i < kv.length; i += 2) if (kv[i].equals(key)) return kv[i + 1];
        return null;
    }

    @Override public String getOrDefault(Object key, String dflt) {
        for (int i = 0; i < kv.length; i += 2) if (kv[i].equals(key)) return kv[i + 1];
        return dflt;
    }

    @Override public boolean containsKey(Object key) {
        for (int i = 0; i < kv.length; i += 2) if (kv[i].equals(key)) return true;
        return false;
    }

    @Override public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return kv.length / 2; }
            @Override public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    int i;
                    @Override public boolean hasNext() { return i < kv.length; }
                    @Override public Map.Entry<String, String> next() {
                        if (i >= kv.length) throw new NoSuchElementException();
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(kv[i], kv[i + 1]);
                        i += 2;
                        return e;
                    }
                };
            }
        };
    }
}
