package vpndoctor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vpndoctor.model.LogEvent;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.TransformSet;

/**
 * What our IPsec SA requests (IOS "IPSEC(sa_request) ... transform= esp-des esp-md5-hmac") offered,
 * against transform sets of the peer's config. IOS prints one request per protocol of a proposal: a
 * set "ah-md5-hmac esp-des" gives an AH request and an ESP request, so one request is one protocol's
 * part of a proposal. IKEv1 agrees on a whole set, so a peer set accepts a proposal only when it holds
 * the same transforms for the same protocols. Mode is compared only where IOS refuses: a set's "mode
 * transport" is a request that falls back to tunnel, "mode transport require" is not (TransformSet.modesAgree),
 * and only our own config tells which of ours was sent. IPComp (comp-lzs) is negotiated on its own and left out.
 */
public final class SentProposals {
    private SentProposals() {}

    /** A request's transforms as a set lists them (normalised, sorted), or null when a word is no ESP/AH transform ("NONE"). */
    static List<String> requested(String transform) {
        if (transform == null || transform.isBlank()) return null;
        List<String> words = Arrays.asList(transform.trim().split(" +"));
        List<String> t = TransformSet.normalise(words);
        for (String w : t) if (!(w.startsWith("esp-") || w.startsWith("ah-"))) return null;
        if (t.isEmpty() || t.stream().map(SentProposals::protocol).distinct().count() != 1) return null;
        return t.stream().sorted().distinct().toList();
    }

    private static String protocol(String transform) {
        return transform.startsWith("ah-") ? "ah" : "esp";
    }

    /** One protocol's part of a set's transforms (IPComp left out). */
    private static List<String> part(List<String> transforms, String protocol) {
        return transforms.stream().filter(t -> protocol(t).equals(protocol) && !t.startsWith("comp-")).toList();
    }

    private static List<String> withoutComp(List<String> transforms) {
        return transforms.stream().filter(t -> !t.startsWith("comp-")).toList();
    }

    /**
     * Whether some set of the peer's (those its crypto map entries for us or dynamic entries name, all
     * when it has no entry) can accept what the requests offered. Our whole proposals are known when our
     * own config has sets each of whose protocol parts was requested: then a peer set must equal one.
     * Otherwise only the parts are known (an AH request may have been cut from the excerpt), and a peer
     * set accepts when its part for a requested protocol equals that request. An unreadable request
     * ("transform= NONE") counts as acceptable: nothing is claimed about it.
     */
    public static boolean accepted(Collection<?> requests, Collection<?> peerSets, Collection<?> peerEntries, String ourAddress, Collection<?> ourSets) {
        List<List<String>> parts = new ArrayList<>();
        for (Object o : requests) {
            List<String> r = requested(((LogEvent) o).attr("transform"));
            if (r == null) return true;
            parts.add(r);
        }
        if (parts.isEmpty()) return true;
        List<TransformSet> peer = offeredToUs(peerSets, peerEntries, ourAddress);
        List<List<String>> theirs = new ArrayList<>();
        for (TransformSet s : peer) theirs.add(withoutComp(s.getTransforms()));
        if (theirs.isEmpty()) return true; // nothing of the peer's to set beside them
        List<TransformSet> ours = new ArrayList<>();
        for (Object o : ourSets) {
            List<String> t = withoutComp(((TransformSet) o).getTransforms());
            boolean sent = !t.isEmpty();
            for (String p : List.of("esp", "ah")) {
                List<String> mine = part(t, p);
                if (!mine.isEmpty() && !parts.contains(mine)) sent = false;
            }
            if (sent) ours.add((TransformSet) o);
        }
        if (!ours.isEmpty()) {
            for (TransformSet q : ours) for (int i = 0; i < peer.size(); i++) {
                if (theirs.get(i).equals(withoutComp(q.getTransforms())) && TransformSet.modesAgree(q, peer.get(i))) return true;
            }
            return false;
        }
        for (List<String> r : parts) for (List<String> s : theirs) {
            if (part(s, protocol(r.get(0))).equals(r)) return true;
        }
        return false;
    }

    /**
     * The peer's sets a request from us can meet: those named by its crypto map entries that name our
     * address or no peer (a dynamic map answers anyone); every set when its config has no entry naming sets.
     */
    static List<TransformSet> offeredToUs(Collection<?> peerSets, Collection<?> peerEntries, String ourAddress) {
        Set<String> named = new TreeSet<>();
        boolean anyEntry = false;
        for (Object o : peerEntries) {
            CryptoMapEntry e = (CryptoMapEntry) o;
            if (e.getTransformSets().isEmpty()) continue;
            anyEntry = true;
            if (e.getPeers().isEmpty() || e.hasPeer(ourAddress)) named.addAll(e.getTransformSets());
        }
        List<TransformSet> out = new ArrayList<>();
        for (Object o : peerSets) {
            TransformSet s = (TransformSet) o;
            if (!anyEntry || named.contains(s.getName())) out.add(s);
        }
        return out;
    }

    /** What the requests offered, for a reason: "esp-des esp-md5-hmac" (several joined with " + "). */
    public static String offered(Collection<?> requests) {
        Set<String> out = new TreeSet<>();
        for (Object o : requests) out.add(((LogEvent) o).attr("transform"));
        return String.join(" + ", out);
    }

    /** The peer's sets a request from us can meet, in the device's words, for a reason. */
    public static String theirs(Collection<?> peerSets, Collection<?> peerEntries, String ourAddress) {
        return ConfigFunctions.transformsOffered(offeredToUs(peerSets, peerEntries, ourAddress));
    }
}
