package vpndoctor.parse.log;

import java.nio.charset.StandardCharsets;

/** Small helpers over printable-ASCII byte ranges, for the scanners that run before a line is a String. */
final class AsciiBytes {
    private AsciiBytes() {}

    static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Whether b[at, to) starts with the lower-case ASCII word w, ignoring case. */
    static boolean startsWithCI(byte[] b, int at, int to, String w) {
        int n = w.length();
        if (at < 0 || at + n > to) return false;
        for (int k = 0; k < n; k++) {
            if (lower(b[at + k]) != w.charAt(k)) return false;
        }
        return true;
    }

    /** Whether b[from, to) ends with the lower-case ASCII text w, ignoring case. */
    static boolean endsWithCI(byte[] b, int from, int to, String w) {
        return to - w.length() >= from && startsWithCI(b, to - w.length(), to, w);
    }

    /** First index of the lower-case ASCII word w in b[from, to), ignoring case, or -1. */
    static int indexOfCI(byte[] b, int from, int to, String w) {
        int first = w.charAt(0);
        for (int i = from, last = to - w.length(); i <= last; i++) {
            if (lower(b[i]) == first && startsWithCI(b, i, to, w)) return i;
        }
        return -1;
    }

    /** First index of the exact ASCII text t in b[from, to), or -1. */
    static int indexOf(byte[] b, int from, int to, String t) {
        int first = t.charAt(0);
        outer:
        for (int i = from, last = to - t.length(); i <= last; i++) {
            if (b[i] != first) continue;
            for (int k = 1; k < t.length(); k++) {
                if (b[i + k] != t.charAt(k)) continue outer;
            }
            return i;
        }
        return -1;
    }

    static String string(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Lower-cased copy of an ASCII range. */
    static String lowerString(byte[] b, int from, int to) {
        byte[] c = new byte[to - from];
        for (int i = from; i < to; i++) c[i - from] = (byte) lower(b[i]);
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The regex class \w (ASCII): letters, digits, underscore. */
    static boolean isWord(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
