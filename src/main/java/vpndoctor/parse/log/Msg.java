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

    boolean has(String lowerNeedle) {
        return lower.contains(lowerNeedle);
    }
}
