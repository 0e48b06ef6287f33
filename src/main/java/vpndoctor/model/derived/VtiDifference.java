package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;

/**
 * A value two paired route-based tunnels disagree on, for a cause: aspect "profile" (a value reached
 * through the IPsec profile: transform, PFS, identity, key) or "mode" (the tunnel mode). The role rules
 * read it to say which device changes: the one whose value is not its network's policy.
 */
@FactDoc(value = "Derived by the rules-drl/config/vti-*.drl comparisons: a value two paired tunnels disagree on (aspect 'profile' or 'mode'), for the cause it supports; rules-drl/config/fix-side.drl decides from it which device changes.",
        example = "VtiDifference( causeId == \"PFS_MISMATCH\", aspect == \"profile\", $pair : pairing )")
public final class VtiDifference {
    private final String causeId;
    private final VtiPairing pairing;
    private final String aspect;

    public VtiDifference(String causeId, VtiPairing pairing, String aspect) {
        this.causeId = Objects.requireNonNull(causeId);
        this.pairing = Objects.requireNonNull(pairing);
        this.aspect = Objects.requireNonNull(aspect);
    }

    public String getCauseId() { return causeId; }
    public VtiPairing getPairing() { return pairing; }
    public String getTunnel() { return pairing.getTunnel(); }
    @FactDoc("'profile' (a value of the tunnel's IPsec/IKE profile chain) or 'mode' (the tunnel mode)")
    public String getAspect() { return aspect; }

    @Override public boolean equals(Object o) {
        return o instanceof VtiDifference d && d.causeId.equals(causeId) && d.pairing.equals(pairing) && d.aspect.equals(aspect);
    }
    @Override public int hashCode() { return Objects.hash(causeId, pairing, aspect); }
    @Override public String toString() { return "difference for " + causeId + " (" + aspect + ") on " + pairing; }
}
