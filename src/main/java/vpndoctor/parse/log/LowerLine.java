package vpndoctor.parse.log;

import java.util.Locale;

/**
 * One input line with its trimmed form and lower-case copies, made once: the block openers and the
 * message's keyword tests used to lower-case the same line six times. The copies are cut from one
 * lower-casing only for ASCII lines (there lower-casing maps each character on its own); any other
 * line lower-cases each part by itself, exactly as before.
 */
final class LowerLine {
    final String line;
    /** The line stripped (as {@link String#strip}). */
    final String trimmed;
    /** The trimmed line lower-cased (Locale.ROOT). */
    final String trimmedLower;
    /** The whole line lower-cased, or null when the line is not ASCII. */
    private final String lower;

    LowerLine(String line) {
        this.line = line;
        this.trimmed = line.strip();
        if (ascii(line)) {
            lower = line.toLowerCase(Locale.ROOT);
            int a = 0;
            while (a < line.length() && Character.isWhitespace(line.charAt(a))) a++;
            trimmedLower = lower.substring(a, a + trimmed.length());
        } else {
            lower = null;
            trimmedLower = trimmed.toLowerCase(Locale.ROOT);
        }
    }

    /** The message {@code text}, an end part of the line (what {@link Envelope#strip} leaves), with its lower-case copy. */
    Msg msg(String text) {
        if (lower != null && line.endsWith(text)) return new Msg(text, lower.substring(line.length() - text.length()));
        return new Msg(text);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
