package vpndoctor.parse.log;

/**
 * Makes pasted text look like device output again: word processors and web pages turn quotes
 * curly and spaces non-breaking, tabs come from terminal captures, and an e-mail reply puts "> "
 * before every line. Device messages themselves are ASCII, so matching only has to know the
 * straight forms. Lines needing no change are returned as is (no allocation), which is the common case.
 */
final class TextNormalizer {
    private TextNormalizer() {}

    static String normalize(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) break;
        }
        if (i == n) return n > 0 && (s.charAt(0) == '>' || s.charAt(0) == ' ') ? unquote(s) : s;
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (vpndoctor.parse.PastedSpaces.isSpace(c)) {
                b.append(' ');
                continue;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> b.append('"');
                case '\u2013', '\u2014' -> b.append('-');
                case '\uFEFF', '\u0000' -> { } // stray BOM or NUL padding: carries nothing
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.length() > 0 && (b.charAt(0) == '>' || b.charAt(0) == ' ') ? unquote(b.toString()) : b.toString();
    }

    /**
     * A line quoted in an e-mail reply or a forum ("> text", nested "> > text" or ">> text") without
     * its quote marks; a '>' followed by anything else (">foo") is left alone. No device line starts
     * with '>' (prompts end with it, IOS BGP marks follow a '*').
     */
    static String unquote(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') i++; // a quote indented by a forum or a Markdown code block
        if (i == n || s.charAt(i) != '>') return s;
        if (i + 1 < n && s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '>') return s;
        while (i < n && s.charAt(i) == '>') {
            i++;
            if (i < n && s.charAt(i) == ' ') i++;
        }
        return s.substring(i);
    }
}
