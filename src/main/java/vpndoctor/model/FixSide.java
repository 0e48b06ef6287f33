package vpndoctor.model;

import java.util.Objects;

/**
 * Which of the two configured devices must change for a cause on a tunnel: the one missing a line,
 * or the one whose value differs from the rest of its network's policy (a spoke against a hub whose
 * profile serves other spokes). The report names that device's hostname and gives the fix in its syntax.
 * target: the object to change on that device (an interface, a profile, a keyring), "" when none in particular.
 */
@FactDoc(value = "Which configured device must change for a cause on a tunnel (side LOCAL or PEER), the object to change there, and why that side. The report's Fix names that device and uses its platform's syntax.",
        example = "FixSide( causeId == \"PFS_MISMATCH\", side == Side.PEER, $t : tunnel )")
public final class FixSide {
    private final String causeId;
    private final String tunnel;
    private final Side side;
    private final String target;
    private final String reason;

    public FixSide(String causeId, String tunnel, Side side, String target, String reason) {
        this.causeId = Objects.requireNonNull(causeId, "causeId");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.side = Objects.requireNonNull(side, "side");
        this.target = target == null ? "" : target;
        this.reason = reason == null ? "" : reason;
    }

    /** A side to change with no particular object on it. */
    public FixSide(String causeId, String tunnel, Side side, String reason) {
        this(causeId, tunnel, side, "", reason);
    }

    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    @FactDoc("the device to change: LOCAL (the config given as local.cfg) or PEER")
    public Side getSide() { return side; }
    @FactDoc("the object to change on that device (tunnel interface, profile, keyring); '' when none in particular")
    public String getTarget() { return target; }
    public String getReason() { return reason; }

    @Override public boolean equals(Object o) {
        return o instanceof FixSide f && causeId.equals(f.causeId) && tunnel.equals(f.tunnel) && side == f.side
                && target.equals(f.target) && reason.equals(f.reason);
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, side, target, reason); }
    @Override public String toString() { return "FixSide " + causeId + " @" + tunnel + " change " + side + " " + target + ": " + reason; }
}
