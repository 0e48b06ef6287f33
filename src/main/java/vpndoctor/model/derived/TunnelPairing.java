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
    private final boolean mutual;

    public TunnelPairing(CryptoMapEntry local, CryptoMapEntry peer, String tunnel) {
        this(local, peer, tunnel, false);
    }

    /** mutual: paired because each entry names the other's address while neither config shows its interfaces (see {@link #isMutual}). */
    public TunnelPairing(CryptoMapEntry local, CryptoMapEntry peer, String tunnel, boolean mutual) {
        this.local = Objects.requireNonNull(local);
        this.peer = Objects.requireNonNull(peer);
        this.tunnel = Objects.requireNonNull(tunnel);
        this.mutual = mutual;
    }

    public CryptoMapEntry getLocal() { return local; }
    public CryptoMapEntry getPeer() { return peer; }
    public String getTunnel() { return tunnel; }
    /**
     * True when the two entries were paired only because each names the other's address and neither config shows
     * its interface addresses: what no interface shows (a wrong peer address) cannot be judged from it.
     */
    public boolean isMutual() { return mutual; }

    @Override public boolean equals(Object o) {
        return o instanceof TunnelPairing t && t.local == local && t.peer == peer && t.tunnel.equals(tunnel) && t.mutual == mutual; // same objects: see EncryptionDomain.equals
    }
    @Override public int hashCode() { return Objects.hash(local.getId(), peer.getId(), tunnel); }
    @Override public String toString() {
        return "tunnel " + tunnel + ": our crypto map " + local.getMap() + " " + local.getSeq() + " <-> peer's " + peer.getMap() + " " + peer.getSeq();
    }
}
