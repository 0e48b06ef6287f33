package vpndoctor.model;

import java.util.Objects;

/**
 * One piece of evidence for a cause on a tunnel, with the weight the rule author gives it (0..1).
 * Supports combine by noisy-OR: confidence = 1 - product(1 - weight). See {@link Hypothesis}.
 */
@FactDoc(value = "One piece of evidence for a cause on a tunnel, with the weight the rule author gives it (0..1). This is what a rule concludes: insertLogical(new Support(causeId, tunnel, weight, reason)); supports of one cause combine by noisy-OR.",
        example = "Support( causeId == \"PSK_MISMATCH\", weight >= 0.5, $t : tunnel )")
public final class Support {
    private final String causeId;
    private final String tunnel;
    private final double weight;
    private final String reason;

    public Support(String causeId, String tunnel, double weight, String reason) {
        if (!(weight >= 0 && weight <= 1)) throw new IllegalArgumentException("weight must be within 0..1, was " + weight);
        this.causeId = Objects.requireNonNull(causeId, "causeId");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.weight = weight;
        this.reason = reason == null ? "" : reason;
    }

    @FactDoc("the root-cause ID (catalogue: root-causes.tsv or the folder's causes.tsv)")
    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    @FactDoc("how strongly this evidence alone points at the cause, 0..1")
    public double getWeight() { return weight; }
    @FactDoc("the sentence shown under Why in the report")
    public String getReason() { return reason; }

    @Override public boolean equals(Object o) {
        return o instanceof Support s && causeId.equals(s.causeId) && tunnel.equals(s.tunnel)
                && weight == s.weight && reason.equals(s.reason);
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, weight, reason); }
    @Override public String toString() { return "Support " + causeId + " @" + tunnel + " +" + weight + ": " + reason; }
}
