package vpndoctor.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable map of a few string attributes in insertion order: a LogEvent's attrs. A LinkedHashMap
 * behind an unmodifiable view costs about 230 bytes for the one or two attributes an event has; 540k
 * events of 100k tunnels (issue 14) made that a fifth of the heap. One or two attributes (most events)
 * are fields of the map itself (24 or 32 bytes); more are one array, names and values alternating.
 * Look-ups scan: events have a handful of attributes.
 */
abstract class SmallMap extends AbstractMap<String, String> {
    private SmallMap() {}

    /** An immutable copy of m in its iteration order. */
    static Map<String, String> copyOf(Map<String, String> m) {
        if (m == null || m.isEmpty()) return Map.of();
        if (m instanceof SmallMap s) return s;
        return copyOf(m, UnaryOperator.identity());
    }

    /** As {@link #copyOf(Map)} of a non-empty map, each value given through {@code values} (a table of shared strings). */
    static SmallMap copyOf(Map<String, String> m, UnaryOperator<String> values) {
        Iterator<Map.Entry<String, String>> it = m.entrySet().iterator();
        Map.Entry<String, String> a = it.next();
        if (m.size() == 1) return new One(a.getKey(), values.apply(a.getValue()));
        Map.Entry<String, String> b = it.next();
        if (m.size() == 2) return new Two(a.getKey(), values.apply(a.getValue()), b.getKey(), values.apply(b.getValue()));
        String[] kv = new String[m.size() * 2];
        kv[0] = a.getKey();
        kv[1] = values.apply(a.getValue());
        kv[2] = b.getKey();
        kv[3] = values.apply(b.getValue());
        for (int i = 4; it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            kv[i++] = e.getKey();
            kv[i++] = values.apply(e.getValue());
        }
        return new Many(kv);
    }

    /** The i-th name and value, in insertion order. */
    abstract String key(int i);
    abstract String value(int i);

    /** A hash of the names and values in their order (unlike {@link #hashCode}, which ignores order): Arrays.hashCode of them alternating. */
    final int contentHash() {
        int h = 1;
        for (int i = 0, n = size(); i < n; i++) {
            h = 31 * h + key(i).hashCode();
            h = 31 * h + Objects.hashCode(value(i));
        }
        return h;
    }

    /** Same names and values in the same order: one may stand for the other, iteration included. */
    final boolean sameContent(SmallMap o) {
        int n = size();
        if (o.size() != n) return false;
        for (int i = 0; i < n; i++) {
            if (!key(i).equals(o.key(i)) || !Objects.equals(value(i), o.value(i))) return false;
        }
        return true;
    }

    @Override public final Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return SmallMap.this.size(); }
            @Override public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    int i;
                    @Override public boolean hasNext() { return i < size(); }
                    @Override public Map.Entry<String, String> next() {
                        if (i >= size()) throw new NoSuchElementException();
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(key(i), value(i));
                        i++;
                        return e;
                    }
                };
            }
        };
    }

    private static final class One extends SmallMap {
        private final String k0, v0;

        One(String k0, String v0) {
            this.k0 = k0;
            this.v0 = v0;
        }

        @Override String key(int i) { return k0; }
        @Override String value(int i) { return v0; }
        @Override public int size() { return 1; }
        @Override public String get(Object key) { return k0.equals(key) ? v0 : null; }
        @Override public String getOrDefault(Object key, String dflt) { return k0.equals(key) ? v0 : dflt; }
        @Override public boolean containsKey(Object key) { return k0.equals(key); }
    }

    private static final class Two extends SmallMap {
        private final String k0, v0, k1, v1;

        Two(String k0, String v0, String k1, String v1) {
            this.k0 = k0;
            this.v0 = v0;
            this.k1 = k1;
            this.v1 = v1;
        }

        @Override String key(int i) { return i == 0 ? k0 : k1; }
        @Override String value(int i) { return i == 0 ? v0 : v1; }
        @Override public int size() { return 2; }
        @Override public String get(Object key) { return k0.equals(key) ? v0 : k1.equals(key) ? v1 : null; }
        @Override public String getOrDefault(Object key, String dflt) { return k0.equals(key) ? v0 : k1.equals(key) ? v1 : dflt; }
        @Override public boolean containsKey(Object key) { return k0.equals(key) || k1.equals(key); }
    }

    private static final class Many extends SmallMap {
        private final String[] kv;

        Many(String[] kv) { this.kv = kv; }

        @Override String key(int i) { return kv[2 * i]; }
        @Override String value(int i) { return kv[2 * i + 1]; }
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
    }
}
