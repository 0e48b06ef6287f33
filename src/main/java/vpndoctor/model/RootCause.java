package vpndoctor.model;

import java.util.Objects;

/** A hypothesis that reached the verdict threshold (see rules-drl/causes). */
@FactDoc(value = "A hypothesis that reached the verdict threshold (0.5): the diagnosis' verdict. Inserted by rules-drl/causes only.",
        example = "RootCause( causeId == \"PSK_MISMATCH\", $t : tunnel )")
public final class RootCause {
    private final String causeId;
    private final String tunnel;
    private final double confidence;

    public RootCause(String causeId, String tunnel, double confidence) {
        this.causeId = Objects.requireNonNull(causeId);
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.confidence = confidence;
    }

    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    public double getConfidence() { return confidence; }

    @Override public boolean equals(Object o) {
        return o instanceof RootCause r && causeId.equals(r.causeId) && tunnel.equals(r.tunnel) && confidence == r.confidence;
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, confidence); }
    @Override public String toString() { return "RootCause " + causeId + " @" + tunnel + " " + confidence; }
}
