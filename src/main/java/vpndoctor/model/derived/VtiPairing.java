package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;
import vpndoctor.model.config.TunnelInterface;

/** Our tunnel interface and the peer's that point at each other (destination = the other's source): one route-based tunnel seen from both configs. */
@FactDoc(value = "Derived by rules-drl/config/vti-pairing.drl: our tunnel interface and the peer's whose source/destination addresses point at each other; tunnel = the peer's source address.",
        example = "VtiPairing( $l : local, $p : peer, $t : tunnel )")
public final class VtiPairing {
    private final TunnelInterface local;
    private final TunnelInterface peer;
    private final String tunnel;

    public VtiPairing(TunnelInterface local, TunnelInterface peer, String tunnel) {
        this.local = Objects.requireNonNull(local);
        this.peer = Objects.requireNonNull(peer);
        this.tunnel = Objects.requireNonNull(tunnel);
    }

    public TunnelInterface getLocal() { return local; }
    public TunnelInterface getPeer() { return peer; }
    public String getTunnel() { return tunnel; }
    /** The partner of one of this pairing's two tunnels (rules written once for both directions use it). */
    public TunnelInterface other(TunnelInterface t) { return t == local ? peer : local; }
    /** Both tunnels, ours first: rules that treat either side alike iterate over it ("from $pair.both"), never over all tunnels. */
    public java.util.List<TunnelInterface> getBoth() { return java.util.List.of(local, peer); }

    @Override public boolean equals(Object o) {
        return o instanceof VtiPairing t && t.local == local && t.peer == peer && t.tunnel.equals(tunnel); // same objects, as TunnelPairing
    }
    @Override public int hashCode() { return Objects.hash(local.getId(), peer.getId(), tunnel); }
    @Override public String toString() {
        return "tunnel " + tunnel + ": our " + local.getName() + " <-> peer's " + peer.getName();
    }
}
