package vpndoctor.parse.log;

import java.util.Locale;

/** A device message after envelope stripping, with a lower-case copy for case-blind keyword tests. */
final class Msg {
    final String text;
    final String lower;

    Msg(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    private Msg(String text, String lower) {
        this.text = text;
        this.lower = lower;
    }

    /**
     * The part of this message from index {@code from}, trimmed, reusing the lower-case copy when
     * lower-casing kept every index (always for ASCII): one lower-case copy per line, not two.
     */
    Msg tail(int from) {
        if (lower.length() != text.length()) return new Msg(text.substring(from).trim());
        return new Msg(text.substring(from).trim(), lower.substring(from).trim());
    }

    boolean has(String lowerNeedle) {
        return lower.contains(lowerNeedle);
    }
}
