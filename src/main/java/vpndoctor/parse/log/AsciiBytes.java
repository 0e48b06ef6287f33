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

    /**
     * The first byte of b[at, to) after a pasted line's indentation: spaces, tabs, non-breaking spaces (UTF-8 C2 A0, or
     * a Latin-1 A0) and e-mail quote marks ("> ", ">>"), as a forum or an e-mail reply puts them before a console line.
     */
    static int afterPastedIndent(byte[] b, int at, int to) {
        int i = at;
        while (i < to) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == (byte) 0xA0) i++;
            else if (c == (byte) 0xC2 && i + 1 < to && b[i + 1] == (byte) 0xA0) i += 2;
            else if (c == '>' && (i + 1 == to || b[i + 1] == ' ' || b[i + 1] == '>' || b[i + 1] == (byte) 0xC2)) i++;
            else break;
        }
        return i;
    }

    /** The length of the pasted space at b[i] (a space, tab or non-breaking space: 1 or 2 bytes), or 0. */
    private static int spaceAt(byte[] b, int i, int to) {
        byte c = b[i];
        if (c == ' ' || c == '\t' || c == (byte) 0xA0) return 1;
        return c == (byte) 0xC2 && i + 1 < to && b[i + 1] == (byte) 0xA0 ? 2 : 0;
    }

    /** {@link #startsWithCI} where a space of w also matches a pasted space ({@link #spaceAt}): text copied from a web page. */
    static boolean startsWithSpacedCI(byte[] b, int at, int to, String w) {
        int i = at;
        for (int k = 0; k < w.length(); k++) {
            if (i >= to) return false;
            if (w.charAt(k) == ' ') {
                int s = spaceAt(b, i, to);
                if (s == 0) return false;
                i += s;
            } else if (lower(b[i++]) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #endsWithCI} where a space of w also matches a pasted space. */
    static boolean endsWithSpacedCI(byte[] b, int from, int to, String w) {
        int j = to - 1;
        for (int k = w.length() - 1; k >= 0; k--) {
            if (j < from) return false;
            if (w.charAt(k) == ' ') {
                if (b[j] == ' ' || b[j] == '\t') j--;
                else if (b[j] == (byte) 0xA0) j -= j - 1 >= from && b[j - 1] == (byte) 0xC2 ? 2 : 1;
                else return false;
            } else if (lower(b[j--]) != w.charAt(k)) {
                return false;
            }
        }
        return true;
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
