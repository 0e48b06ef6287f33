package vpndoctor.parse.log;

/**
 * One instance per distinct string (peers, local addresses, attribute values of an
 * {@link EventStore}'s events): every event of a tunnel names the same peer, and most attribute
 * values recur ("group=" the peer, "step=packet sent"), while the parser makes a new String per line.
 * An open-addressed table of the strings themselves. Not thread-safe.
 */
final class SharedStrings implements java.util.function.UnaryOperator<String> {
    /** Longer strings are kept as they are: rarely repeated, and hashing them costs. */
    static final int MAX_LENGTH = 64;
    private String[] table = new String[256];
    private int size;

    /** The shared instance equal to s (s itself the first time); null for null. */
    @Override public String apply(String s) {
        if (s == null || s.length() > MAX_LENGTH) return s;
        int mask = table.length - 1;
        int h = s.hashCode();
        int i = (h ^ h >>> 16) & mask;
        for (String t; (t = table[i]) != null; i = (i + 1) & mask) {
            if (t.equals(s)) return t;
        }
        table[i] = s;
        if (++size * 4 > table.length * 3) grow();
        return s;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s == null) continue;
            int h = s.hashCode();
            int i = (h ^ h >>> 16) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = s;
        }
    }
}
