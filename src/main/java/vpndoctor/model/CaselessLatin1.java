package vpndoctor.model;

/**
 * {@code text.toLowerCase(Locale.ROOT).contains(lowered)} for a text kept as ISO-8859-1 bytes, without
 * making the String or its lower-case copy ({@link LogEvent#says} asks it of every kept line of a
 * 100k-tunnel run, read back from {@link SampleTexts}' file).
 * <p>
 * Exact: String.toLowerCase(ROOT) of a text whose chars are all Latin-1 lower-cases each char alone
 * (Character.toLowerCase) and every result is Latin-1 again, so comparing the bytes through the table
 * below is comparing the lower-cased chars; a lowered phrase with a char above 0xFF occurs in no such
 * text. UTF-16 texts keep the String path (there, a char may lower-case to ASCII or to two chars).
 */
final class CaselessLatin1 {
    private static final byte[] LOWER = new byte[256];

    static {
        for (int c = 0; c < 256; c++) LOWER[c] = (byte) Character.toLowerCase(c);
    }

    private CaselessLatin1() {}

    /**
     * A lowered phrase made ready for {@link #contains}: its Latin-1 bytes and, per lowered byte, how far
     * the search may move on when a window ends in it (Horspool: phrases of 20-45 chars in lines of ~250
     * move ~20 bytes a step where a byte-by-byte scan, unlike String.contains, is not vectorised).
     */
    static final class Pattern {
        final byte[] p;
        final byte[] skip;

        private Pattern(byte[] p) {
            this.p = p;
            this.skip = new byte[256];
            int m = p.length, max = Math.min(m, 127);
            java.util.Arrays.fill(skip, (byte) max);
            for (int j = Math.max(0, m - 1 - max); j < m - 1; j++) skip[p[j] & 0xFF] = (byte) Math.min(max, m - 1 - j);
        }
    }

    /** The lowered phrase as a pattern, or null when it has a char no lower-cased Latin-1 text has (it occurs in none). */
    static Pattern pattern(String lowered) {
        byte[] p = new byte[lowered.length()];
        for (int i = 0; i < p.length; i++) {
            char c = lowered.charAt(i);
            if (c > 0xFF) return null;
            p[i] = (byte) c;
        }
        return new Pattern(p);
    }

    /** Whether the Latin-1 text b[from, from + len), lower-cased, contains the pattern (null: never). */
    static boolean contains(byte[] b, int from, int len, Pattern pattern) {
        if (pattern == null) return false;
        byte[] p = pattern.p;
        int m = p.length;
        if (m == 0) return true;
        byte lastByte = p[m - 1];
        for (int end = from + m - 1, stop = from + len; end < stop; ) {
            byte c = LOWER[b[end] & 0xFF];
            if (c == lastByte) {
                int j = m - 2, i = end - 1;
                while (j >= 0 && LOWER[b[i] & 0xFF] == p[j]) {
                    j--;
                    i--;
                }
                if (j < 0) return true;
            }
            end += pattern.skip[c & 0xFF];
        }
        return false;
    }
}
