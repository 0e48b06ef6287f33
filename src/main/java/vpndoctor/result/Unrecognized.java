package vpndoctor.result;

/** A VPN-looking line no parser understood: a hint for rule authors. */
public record Unrecognized(String source, int line, String text) {}
