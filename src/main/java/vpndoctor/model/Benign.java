package vpndoctor.model;

import java.util.Objects;

/** A message that is normal operation and must not be read as a fault (IDs of kind "benign"). */
@FactDoc(value = "A message that is normal operation and must not be read as a fault (an ID of kind benign in the catalogue). Insert with insertLogical.",
        example = "Benign( findingId == \"BENIGN_DPD_KEEPALIVE\", $t : tunnel )")
public final class Benign {
    private final String findingId;
    private final String tunnel;

    public Benign(String findingId, String tunnel) {
        this.findingId = Objects.requireNonNull(findingId);
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
    }

    public String getFindingId() { return findingId; }
    public String getTunnel() { return tunnel; }

    @Override public boolean equals(Object o) {
        return o instanceof Benign b && findingId.equals(b.findingId) && tunnel.equals(b.tunnel);
    }
    @Override public int hashCode() { return Objects.hash(findingId, tunnel); }
    @Override public String toString() { return "Benign " + findingId + " @" + tunnel; }
}
