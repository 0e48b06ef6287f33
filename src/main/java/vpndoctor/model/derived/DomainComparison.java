package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.List;
import java.util.Objects;

/**
 * Our encryption domain against the mirror of the peer's. onlyLocal: our entries the peer does
 * not mirror; onlyPeer: the peer's entries we do not mirror. Both empty = exact mirrors.
 */
@FactDoc(value = "Derived by rules-drl/config: our encryption domain against the mirror of the peer's for one tunnel; onlyLocal/onlyPeer list the entries the other side does not mirror; mirror = both empty.",
        example = "$c : DomainComparison( !mirror, $t : tunnel )")
public final class DomainComparison {
    private final String tunnel;
    private final EncryptionDomain local;
    private final EncryptionDomain peer;
    private final List<String> onlyLocal;
    private final List<String> onlyPeer;

    public DomainComparison(String tunnel, EncryptionDomain local, EncryptionDomain peer, List<String> onlyLocal, List<String> onlyPeer) {
        this.tunnel = tunnel;
        this.local = local;
        this.peer = peer;
        this.onlyLocal = List.copyOf(onlyLocal);
        this.onlyPeer = List.copyOf(onlyPeer);
    }

    public String getTunnel() { return tunnel; }
    public EncryptionDomain getLocal() { return local; }
    public EncryptionDomain getPeer() { return peer; }
    public List<String> getOnlyLocal() { return onlyLocal; }
    public List<String> getOnlyPeer() { return onlyPeer; }
    public boolean isMirror() { return onlyLocal.isEmpty() && onlyPeer.isEmpty(); }

    /** One line naming the entries that differ, for explanations. */
    public String getDifference() {
        if (isMirror()) return "the two crypto ACLs are exact mirrors";
        return "ours not mirrored by the peer: " + list(onlyLocal) + " | peer's not mirrored by us: " + list(onlyPeer);
    }

    /** At most LISTED entries by name: a 10k-entry difference must not make a 10k-item sentence. */
    private static final int LISTED = 20;

    private static String list(List<String> l) {
        if (l.isEmpty()) return "none";
        if (l.size() <= LISTED) return String.join("; ", l);
        return String.join("; ", l.subList(0, LISTED)) + "; ... and " + (l.size() - LISTED) + " more (" + l.size() + " entries)";
    }

    @Override public boolean equals(Object o) {
        return o instanceof DomainComparison d && d.tunnel.equals(tunnel) && d.local.equals(local) && d.peer.equals(peer)
                && d.onlyLocal.equals(onlyLocal) && d.onlyPeer.equals(onlyPeer);
    }
    @Override public int hashCode() { return Objects.hash(tunnel, onlyLocal, onlyPeer); }
    @Override public String toString() { return "crypto ACL comparison on tunnel " + tunnel + ": " + getDifference(); }
}
