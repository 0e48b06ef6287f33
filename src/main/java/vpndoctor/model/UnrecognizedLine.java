package vpndoctor.model;

import java.util.List;

/** A line that looks VPN-related but matches no known message form: shown to the user and to rule authors. */
@FactDoc(value = "A line that looks VPN-related but matches no known message form (input): match its text to write a rule for a message the parsers do not know yet.",
        example = "UnrecognizedLine( text contains \"Sending IKE Delete With Reason\" )")
public final class UnrecognizedLine implements Traceable {
    private final String id;
    private final Origin origin;
    private final Platform platform;

    public UnrecognizedLine(String id, Origin origin, Platform platform) {
        this.id = id;
        this.origin = origin;
        this.platform = platform == null ? Platform.UNKNOWN : platform;
    }

    @Override public String getId() { return id; }
    public Origin getOrigin() { return origin; }
    public String getText() { return origin.getText(); }
    public Platform getPlatform() { return platform; }
    @Override public List<Origin> getOrigins() { return List.of(origin); }
    @Override public String describe() { return "unrecognized: " + origin.getText(); }
    @Override public String toString() { return id + " " + describe(); }
}
