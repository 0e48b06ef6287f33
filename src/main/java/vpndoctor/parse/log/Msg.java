package vpndoctor.parse.log;

import java.util.Locale;

/** A device message after envelope stripping, with a lower-case copy for case-blind keyword tests (not final: a test's reference overrides the keyword index). */
class Msg {
    final String text;
    final String lower;

    Msg(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    /** A message with its lower-case copy already made (lower must equal text.toLowerCase(Locale.ROOT)). */
    Msg(String text, String lower) {
        this.text = text;
        this.lower = lower;
    }

    /**
     * The part of this message from index {@code from}, trimmed, reusing the lower-case copy when
     * lower-casing kept every index (always for ASCII): one lower-case copy per line, not two.
     */
    Msg tail(int from) {
        if (lower.length() != text.length()) return new Msg(trimmedFrom(text, from));
        return new Msg(trimmedFrom(text, from), trimmedFrom(lower, from));
    }

    /**
     * {@code s.substring(from).trim()} cut once: after "...: " the tail starts with a space, and the
     * two-step form copied every message twice (~190 MB of garbage on 1M lines).
     */
    static String trimmedFrom(String s, int from) {
        int b = from, e = s.length();
        while (b < e && s.charAt(b) <= ' ') b++;
        while (e > b && s.charAt(e - 1) <= ' ') e--;
        return s.substring(b, e);
    }

    boolean has(String lowerNeedle) {
        return lower.contains(lowerNeedle);
    }

    /** Which rule keywords this message holds (made on the first rule's question). */
    private Needles.Index index;
    private long[] found;

    /** Whether the message holds rule keyword {@code id} ({@link Needles}): the same answer as {@code has(needle)}. */
    boolean hasNeedle(int id, String needle) {
        if (found == null) {
            index = Needles.index();
            found = index.scan(lower);
        }
        if (id >= index.size()) return lower.contains(needle);
        return (found[id >>> 6] & 1L << id) != 0;
    }
}
