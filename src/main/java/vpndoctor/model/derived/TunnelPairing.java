package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;
import vpndoctor.model.config.CryptoMapEntry;

/** Our crypto map entry and the peer's entry that point at each other: one tunnel seen from both configs. */
@FactDoc(value = "Derived by rules-drl/config: our crypto map entry and the peer's entry that point at each other, one tunnel seen from both configs.",
        example = "TunnelPairing( $local : local, $peer : peer, $t : tunnel )")
public final class TunnelPairing {
    private final CryptoMapEntry local;
    private final CryptoMapEntry peer;
    private final String tunnel;

    public TunnelPairing(CryptoMapEntry local, CryptoMapEntry peer, String tunnel) {
        this.local = Objects.requireNonNull(local);
        this.peer = Objects.requireNonNull(peer);
        this.tunnel = Objects.requireNonNull(tunnel);
    }

    public CryptoMapEntry getLocal() { return local; }
    public CryptoMapEntry getPeer() { return peer; }
    public String getTunnel() { return tunnel; }

    @Override public boolean equals(Object o) {
        return o instanceof TunnelPairing t && t.local == local && t.peer == peer && t.tunnel.equals(tunnel); // same objects: see EncryptionDomain.equals
    }
    @Override public int hashCode() { return Objects.hash(local.getId(), peer.getId(), tunnel); }
    @Override public String toString() {
        return "tunnel " + tunnel + ": our crypto map " + local.getMap() + " " + local.getSeq() + " <-> peer's " + peer.getMap() + " " + peer.getSeq();
    }
}
