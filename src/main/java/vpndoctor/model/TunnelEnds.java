package vpndoctor.model;

import java.util.List;
import java.util.Objects;

/**
 * Two tunnel names of the evidence that are one tunnel seen from its two ends: the logs of two
 * devices of one tunnel each name the other's address as their peer (R15 names 198.51.100.2, R18
 * names 203.0.113.2). Inserted once per direction by the evidence loader (TunnelEndsPairing), so a
 * rule reads {@code TunnelEnds( tunnel == $t, $o : otherEnd )}. Reporting stays per name: this only
 * lets a rule of one end read what the other end saw, where that is the same fact (phase 1 is
 * negotiated between the two gateways; phase 2 selectors and routing are each end's own).
 */
@FactDoc(value = "Two tunnel names that are one tunnel seen from both ends (input, made by the evidence loader from the (local, peer) addresses each device's lines and config give): tunnel is this end's name, otherEnd the other device's name for the same tunnel; one fact per direction. basis: MIRRORED (each end's own address is the other's peer) or NAMED (the other end names our address as its peer and gives no own address, nothing contradicts, and both logged a line about each other within seconds). Only phase 1 is shared by the two ends: never use it for phase 2 selectors or routing.",
        example = "TunnelEnds( $t : tunnel, $o : otherEnd )")
public final class TunnelEnds implements Traceable {
    /** How the two ends were recognised as one tunnel. */
    public enum Basis {
        /** Each end gives its own address and its peer's: (L, P) at one end, (P, L) at the other. */
        MIRRORED,
        /** One end gives (L, P); the other (another device) names L as its peer without its own address, no other tunnel could be meant, and both logged about each other at one moment. */
        NAMED
    }

    private final String id;
    private final String tunnel;
    private final String otherEnd;
    private final String local;
    private final Basis basis;
    private final List<Origin> origins;

    public TunnelEnds(String id, String tunnel, String otherEnd, String local, Basis basis, List<Origin> origins) {
        this.id = Objects.requireNonNull(id, "id");
        this.tunnel = Objects.requireNonNull(tunnel, "tunnel");
        this.otherEnd = Objects.requireNonNull(otherEnd, "otherEnd");
        this.local = Objects.requireNonNull(local, "local");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.origins = List.copyOf(origins);
    }

    @Override public String getId() { return id; }
    @FactDoc("this end's tunnel name (the peer it names, or peer@device)")
    public String getTunnel() { return tunnel; }
    @FactDoc("the other device's name for the same tunnel")
    public String getOtherEnd() { return otherEnd; }
    @FactDoc("this end's own address, the address the other end names as its peer")
    public String getLocal() { return local; }
    public Basis getBasis() { return basis; }
    /** A line of each end that gave its addresses, this end's first. */
    @Override public List<Origin> getOrigins() { return origins; }

    @Override public String describe() {
        return "tunnel " + tunnel + " (our address " + local + ") and tunnel " + otherEnd + " are one tunnel seen from both ends ("
                + (basis == Basis.MIRRORED ? "each end's addresses mirror the other's" : "one end names the other's own address as its peer") + ")";
    }

    @Override public boolean equals(Object o) {
        return o instanceof TunnelEnds t && t.tunnel.equals(tunnel) && t.otherEnd.equals(otherEnd) && t.local.equals(local) && t.basis == basis;
    }
    @Override public int hashCode() { return Objects.hash(tunnel, otherEnd, local, basis); }
    @Override public String toString() { return id + " " + describe(); }
}
