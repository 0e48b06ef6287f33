package vpndoctor.parse;

/**
 * The spaces pasted text carries where the device printed a plain space: a terminal's tabs, and the
 * non-breaking and typographic spaces web pages and word processors put in copied configs and logs.
 * One table for the log and the config readers: a config line "deny&lt;NBSP&gt;ip ..." is the device's
 * "deny ip ...".
 */
public final class PastedSpaces {
    private PastedSpaces() {}

    /** Whether c stands for a plain space in pasted device text. */
    public static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> true;
            default -> false;
        };
    }

    /** s with each pasted space as ' ': s itself when it has none (the common case, no allocation). */
    public static String plain(String s) {
        int n = s.length(), i = 0;
        while (i < n && !isSpace(s.charAt(i))) i++;
        if (i == n) return s;
        char[] c = s.toCharArray();
        for (; i < n; i++) if (isSpace(c[i])) c[i] = ' ';
        return new String(c);
    }
}
