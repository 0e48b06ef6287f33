package vpndoctor.result;

/**
 * A VPN-looking line no parser understood: a hint for rule authors.
 *
 * @param source the input's name
 * @param line the line number in it, from 1
 * @param text the line as read
 */
public record Unrecognized(String source, int line, String text) {}
