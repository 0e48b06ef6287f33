package vpndoctor.model;

import java.util.Objects;

/**
 * Which device must change to fix a cause on a tunnel: a rule that can tell (a config-pair rule
 * that sees one side break the pairing) concludes it; the report then prints the Fix for that
 * device, in its syntax, with its hostname. Without one the report says "either side".
 */
@FactDoc(value = "Which device must change to fix a cause on a tunnel (Side.LOCAL or Side.PEER), and why. A rule that can tell concludes insertLogical(new ChangeSide(causeId, tunnel, Side.PEER, reason)); the report prints the Fix for that device in its syntax. Without one the report says 'either side'.",
        example = "ChangeSide( causeId == \"TRANSFORM_SET_MISMATCH\", side == Side.PEER )")
public final class ChangeSide {
    private final String causeId;
    private final String tunnel;
    private final Side side;
    private final String reason;

    public ChangeSide(String causeId, String tunnel, Side side, String reason) {
        this.causeId = Objects.requireNonNull(causeId, "causeId");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.side = Objects.requireNonNull(side, "side");
        this.reason = reason == null ? "" : reason;
    }

    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    @FactDoc("the device that must change: Side.LOCAL (ours) or Side.PEER")
    public Side getSide() { return side; }
    @FactDoc("why that side, one sentence shown with the Fix")
    public String getReason() { return reason; }

    @Override public boolean equals(Object o) {
        return o instanceof ChangeSide c && causeId.equals(c.causeId) && tunnel.equals(c.tunnel) && side == c.side && reason.equals(c.reason);
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, side, reason); }
    @Override public String toString() { return "ChangeSide " + causeId + " @" + tunnel + " " + side + ": " + reason; }
}
