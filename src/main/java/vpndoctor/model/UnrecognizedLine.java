package vpndoctor.model;

import java.util.List;
import java.util.Locale;

/** A line that looks VPN-related but matches no known message form: shown to the user and to rule authors. */
@FactDoc(value = "A line that looks VPN-related but matches no known message form (input): match its text to write a rule for a message the parsers do not know yet. "
        + "The DSL's 'the log says \"...\"' matches these lines too (both are LogLine).",
        example = "UnrecognizedLine( says(\"maximum tunnel count\"), $t : tunnel )")
public final class UnrecognizedLine implements LogLine {
    private final String id;
    private final Origin origin;
    private final Platform platform;
    private final String peer;
    private final long seq;

    public UnrecognizedLine(String id, Origin origin, Platform platform) {
        this(id, origin, platform, null, 0);
    }

    /** @param peer the peer the line names, or the one the negotiation just before it named; null when neither */
    public UnrecognizedLine(String id, Origin origin, Platform platform, String peer, long seq) {
        this.id = id;
        this.origin = origin;
        this.platform = platform == null ? Platform.UNKNOWN : platform;
        this.peer = peer;
        this.seq = seq;
    }

    @Override public String getId() { return id; }
    public Origin getOrigin() { return origin; }
    @FactDoc("the line as read (keys masked)")
    public String getText() { return origin.getText(); }
    public Platform getPlatform() { return platform; }
    @FactDoc("the peer address the line names, or that the negotiation lines just before it named; null when neither")
    public String getPeer() { return peer; }
    @FactDoc("the tunnel the rules join on: the peer address, or \"unknown\"")
    @Override public String getTunnel() { return peer == null ? Tunnel.UNKNOWN : peer; }
    @FactDoc("true when the line contains the phrase, ignoring case: says(\"maximum tunnel count\")")
    @Override public boolean says(String phrase) {
        return origin.getText() != null && origin.getText().toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }
    @Override public int getCount() { return 1; }
    @FactDoc("input order of the line: compare with an event's lastSeq for \"before\"/\"after\"")
    @Override public long getFirstSeq() { return seq; }
    @Override public long getLastSeq() { return seq; }
    @Override public List<Origin> getOrigins() { return List.of(origin); }
    @Override public String describe() { return "unrecognized" + (peer == null ? "" : " (peer " + peer + ")") + ": " + origin.getText(); }
    @Override public String toString() { return id + " " + describe(); }
}
