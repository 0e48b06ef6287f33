package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vpndoctor.model.Side;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.derived.TunnelPairing;

/**
 * Our config and the peer's, when neither shows the interface address the other names as its crypto peer (two
 * 'show run crypto' excerpts, configs without their interfaces): the rules pair entries by interface addresses
 * (rules-drl/config/domains.drl) and find nothing. Then the one static entry of each that names a peer, naming
 * different addresses (each the other's, not one third device), is one tunnel seen from both configs. With more
 * entries on either side which is the other's cannot be told, and nothing is paired; a note says why either way.
 */
final class MutualPeerPairing {
    private MutualPeerPairing() {}

    /** The pairing (or none) and the note that explains it (null when the interface addresses decide, or one config is missing). */
    record Result(TunnelPairing pairing, String note) {}

    static Result find(List<Object> facts) {
        List<CryptoMapEntry> ours = new ArrayList<>(), theirs = new ArrayList<>();
        Set<String> ourAddresses = new HashSet<>(), theirAddresses = new HashSet<>();
        for (Object f : facts) {
            if (f instanceof CryptoMapEntry c && !c.isDynamicMapEntry() && !c.getPeers().isEmpty()) {
                if (c.getSide() == Side.LOCAL) ours.add(c); else if (c.getSide() == Side.PEER) theirs.add(c);
            } else if (f instanceof NetInterface i && i.hasAddress()) {
                (i.getSide() == Side.LOCAL ? ourAddresses : theirAddresses).add(i.getAddress());
            }
        }
        if (ours.isEmpty() || theirs.isEmpty()) return new Result(null, null);
        // an entry naming an address the other config shows: the rules pair by it
        for (CryptoMapEntry c : ours) for (String p : c.getPeers()) if (theirAddresses.contains(p)) return new Result(null, null);
        for (CryptoMapEntry c : theirs) for (String p : c.getPeers()) if (ourAddresses.contains(p)) return new Result(null, null);
        String unseen = "neither config shows the interface address the other names as its crypto peer";
        if (!ourAddresses.isEmpty() || !theirAddresses.isEmpty()) {
            // one config shows its addresses and the other's entry names none of them: not each other (or behind NAT)
            return new Result(null, "the two configs' crypto map entries are not paired: "
                    + (theirAddresses.isEmpty() ? "the peer's" : "our") + " entries name none of the interface addresses "
                    + (theirAddresses.isEmpty() ? "our" : "the peer's") + " config shows (a wrong peer address, NAT, or another device's config)");
        }
        if (ours.size() > 1 || theirs.size() > 1) {
            return new Result(null, "the two configs' crypto map entries are not paired: " + unseen + ", and our config has "
                    + ours.size() + " static entr" + (ours.size() == 1 ? "y" : "ies") + " with a peer (" + peersOf(ours) + "), the peer's "
                    + theirs.size() + " (" + peersOf(theirs) + "): which entry is meant for the other device cannot be told");
        }
        CryptoMapEntry l = ours.get(0), p = theirs.get(0);
        boolean shared = !java.util.Collections.disjoint(l.getPeers(), p.getPeers());
        boolean selfNamed = l.getPeers().stream().anyMatch(ourAddresses::contains) || p.getPeers().stream().anyMatch(theirAddresses::contains);
        if (shared || selfNamed) {
            return new Result(null, "the two configs' crypto map entries are not paired: " + unseen + ", and "
                    + (shared ? "both name " + common(l, p) + " as their peer (two ends toward one third device, not each other)"
                              : "an entry names an address of its own device as its peer"));
        }
        return new Result(new TunnelPairing(l, p, l.getPeers().get(0), true), "our crypto map " + l.getMap() + " " + l.getSeq() + " (peer "
                + String.join(", ", l.getPeers()) + ") and the peer's " + p.getMap() + " " + p.getSeq() + " (peer " + String.join(", ", p.getPeers())
                + ") are taken as one tunnel: " + unseen + " (no interface address in either), and each config has this one static entry with a peer, naming another address");
    }

    private static String peersOf(List<CryptoMapEntry> entries) {
        List<String> out = new ArrayList<>();
        for (CryptoMapEntry c : entries) if (out.size() < 4) out.add(c.getMap() + " " + c.getSeq() + " -> " + String.join("/", c.getPeers()));
        return String.join(", ", out) + (entries.size() > 4 ? ", ..." : "");
    }

    private static String common(CryptoMapEntry a, CryptoMapEntry b) {
        for (String p : a.getPeers()) if (b.getPeers().contains(p)) return p;
        return "";
    }
}
