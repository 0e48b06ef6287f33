package vpndoctor.model;

import java.util.Objects;

/**
 * Evidence against a cause on a tunnel: the hypothesis' confidence is multiplied by factor
 * (0..1). factor 0 rules the cause out; the reason is shown as the "why not".
 */
@FactDoc(value = "Evidence against a cause on a tunnel: the hypothesis' confidence is multiplied by factor (0..1); 0 rules the cause out and its reason is shown as the why-not. Insert with insertLogical.",
        example = "Against( causeId == \"PSK_MISMATCH\", $t : tunnel, ruleOut )")
public final class Against {
    private final String causeId;
    private final String tunnel;
    private final double factor;
    private final String reason;

    public Against(String causeId, String tunnel, double factor, String reason) {
        if (!(factor >= 0 && factor <= 1)) throw new IllegalArgumentException("factor must be within 0..1, was " + factor);
        this.causeId = Objects.requireNonNull(causeId, "causeId");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.factor = factor;
        this.reason = reason == null ? "" : reason;
    }

    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    @FactDoc("multiplies the confidence; 0 rules the cause out")
    public double getFactor() { return factor; }
    public String getReason() { return reason; }
    public boolean isRuleOut() { return factor == 0; }

    @Override public boolean equals(Object o) {
        return o instanceof Against a && causeId.equals(a.causeId) && tunnel.equals(a.tunnel)
                && factor == a.factor && reason.equals(a.reason);
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, factor, reason); }
    @Override public String toString() { return "Against " + causeId + " @" + tunnel + " x" + factor + ": " + reason; }
}
