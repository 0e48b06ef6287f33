package vpndoctor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.Net;
import vpndoctor.model.config.TransformSet;
import vpndoctor.model.derived.EncryptionDomain;

/** Set arithmetic on config facts that would be unreadable in DRL. Pure functions, used from rules. */
public final class ConfigFunctions {
    private ConfigFunctions() {}

    /** Our ACL entries that have no mirror in the peer's domain, as "acl #n src -> dst" texts. */
    public static List<String> unmirrored(EncryptionDomain ours, EncryptionDomain theirs) {
        Set<String> mirrors = new LinkedHashSet<>();
        for (AclEntry e : theirs.getEntries()) mirrors.add(key(e.getDestination(), e.getSource(), e));
        List<String> out = new ArrayList<>();
        for (AclEntry e : ours.getEntries()) {
            if (!mirrors.contains(key(e.getSource(), e.getDestination(), e))) out.add(text(e));
        }
        return out;
    }

    private static String key(Net src, Net dst, AclEntry e) {
        return src + ">" + dst + "|" + e.getProtocol();
    }

    private static String text(AclEntry e) {
        return e.getAcl() + " #" + e.getIndex() + " " + e.getSource() + " -> " + e.getDestination()
                + (e.hasPortOrProtocolQualifier() ? " (" + e.getProtocol() + " " + e.getDstPort() + ")" : "")
                + " [" + e.getOrigins().get(0).where() + "]";
    }

    /**
     * True when every packet the later entry matches is matched by the earlier one: its networks contain
     * the later's, its protocol is ip or the same, its ports any or the same. First match wins in every
     * Cisco ACL, so a later entry covered by an earlier one never decides anything.
     */
    public static boolean covers(AclEntry earlier, AclEntry later) {
        if (earlier.getSource() == null || earlier.getDestination() == null || later.getSource() == null || later.getDestination() == null) return false;
        boolean proto = "ip".equalsIgnoreCase(earlier.getProtocol()) || earlier.getProtocol().equalsIgnoreCase(later.getProtocol());
        boolean ports = (earlier.getSrcPort().isAny() || earlier.getSrcPort().equals(later.getSrcPort()))
                && (earlier.getDstPort().isAny() || earlier.getDstPort().equals(later.getDstPort()));
        return proto && ports && earlier.getSource().contains(later.getSource()) && earlier.getDestination().contains(later.getDestination());
    }

    /** True when the network contains one of the given networks (a NAT rule's mapped addresses in a crypto ACL's source). */
    public static boolean containsAny(Net n, java.util.List<Net> nets) {
        if (n == null || nets == null) return false;
        for (Net x : nets) if (n.contains(x)) return true;
        return false;
    }

    /** True when a packet from src to dst (addresses) is matched by the entry's networks. */
    public static boolean matches(AclEntry e, String src, String dst) {
        try {
            return e.getSource() != null && e.getDestination() != null && src != null && dst != null && !src.isEmpty() && !dst.isEmpty()
                    && e.getSource().contains(Net.host(src)) && e.getDestination().contains(Net.host(dst));
        } catch (RuntimeException bad) {
            return false;
        }
    }

    /** True when some policy of one side matches one of the other (encryption, hash, group, authentication). */
    public static boolean sharePolicy(Collection<?> ours, Collection<?> theirs) {
        for (Object a : ours) for (Object b : theirs) {
            IsakmpPolicy p = (IsakmpPolicy) a, q = (IsakmpPolicy) b;
            if (p.getSignature().equals(q.getSignature())) return true;
        }
        return false;
    }

    /** True when some transform set named by the entry on one side equals one named on the other. */
    public static boolean shareTransform(Collection<?> ours, Collection<?> theirs) {
        for (Object o : ours) for (Object p : theirs) {
            TransformSet a = (TransformSet) o;
            TransformSet b = (TransformSet) p;
            // the same transforms, and modes that can agree ("transport require" refuses a tunnel-mode set)
            if (a.getTransforms().equals(b.getTransforms()) && TransformSet.modesAgree(a, b)) return true;
        }
        return false;
    }

    /**
     * As {@link #shareTransform}, for the transform sets two 'show crypto map' entries list (their
     * transformSets attributes, "NAME: t1 t2, NAME2: ..."): one comparison for configs and show output.
     */
    public static boolean shareShownTransform(String ours, String theirs) {
        return anyIdentical(shownTransforms(ours), shownTransforms(theirs));
    }

    /** Whether one transform list (normalised, sorted) of the first side equals one of the second's: IKEv1 agrees on a whole set. */
    private static boolean anyIdentical(java.util.List<java.util.List<String>> ours, java.util.List<java.util.List<String>> theirs) {
        for (java.util.List<String> a : ours) for (java.util.List<String> b : theirs) {
            if (a.equals(b)) return true;
        }
        return false;
    }

    /** The transform lists of a show crypto map entry's transformSets attribute, each sorted as a TransformSet's. */
    static java.util.List<java.util.List<String>> shownTransforms(String sets) {
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
        if (sets == null || sets.isBlank()) return out;
        for (String set : sets.split(", ")) {
            int colon = set.indexOf(": ");
            String t = colon < 0 ? "" : set.substring(colon + 2).trim();
            out.add(t.isEmpty() ? java.util.List.of() : java.util.Arrays.stream(t.split(" ")).sorted().distinct().toList());
        }
        return out;
    }

    /** "10.73.0.0/16" as a route command writes it, "10.73.0.0 255.255.0.0" (IPv6 and unreadable text unchanged). */
    public static String maskForm(String cidr) {
        try {
            Net n = Net.parse(cidr);
            return n == null || n.isIpv6() ? cidr : n.getNetwork() + " " + n.getMask();
        } catch (RuntimeException e) {
            return cidr;
        }
    }

    /**
     * The transform sets offered, in the device's own words, for a reason a person reads:
     * "ESP-AES256-SHA esp-aes-256 esp-sha-hmac" (several joined with " | "; mode when not tunnel).
     */
    public static String transformsOffered(Collection<?> sets) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object o : sets) {
            TransformSet t = (TransformSet) o;
            out.add(t.getName() + " " + String.join(" ", t.getTransforms()) + ("tunnel".equals(t.getMode()) ? "" : " mode " + t.getModeWords()));
        }
        java.util.Collections.sort(out);
        return String.join(" | ", out);
    }

    /** The ISAKMP policies, each as encryption/hash/group/authentication ("aes-256/sha/group14/pre-share"), for a reason. */
    public static String policiesOffered(Collection<?> policies) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object o : policies) {
            IsakmpPolicy p = (IsakmpPolicy) o;
            out.add(p.getPriority() + ": " + p.getSignature());
        }
        java.util.Collections.sort(out);
        return String.join(" | ", out);
    }

    /** True when net lies inside any destination/source of the domain's entries (source side when mine). */
    public static boolean covers(EncryptionDomain d, String address, boolean remoteSide) {
        Net host;
        try {
            host = Net.host(address);
        } catch (RuntimeException e) {
            return false;
        }
        for (AclEntry e : d.getEntries()) {
            Net n = remoteSide ? e.getDestination() : e.getSource();
            if (n.contains(host)) return true;
        }
        return false;
    }

    /** Prefix length of the classful network an address belongs to (A /8, B /16, C /24). */
    public static int classfulPrefix(Net n) {
        return n.getClassfulPrefix();
    }

    /** A network shorter than its classful boundary (a supernet such as 172.20.0.0/15). */
    public static boolean isSupernet(Net n) {
        return !n.isAny() && n.getPrefix() < classfulPrefix(n);
    }

    /**
     * Whether the peer's crypto ACL splits our supernet: its entries' networks on that side (their source when
     * {@code theirSource}, facing our destination) that lie strictly inside the supernet cover all of it, as the
     * classful pieces an IOS peer writes for 172.20.0.0/15 do. One narrower network inside it is no split.
     */
    public static boolean splitInto(Net supernet, EncryptionDomain peer, boolean theirSource) {
        if (!isSupernet(supernet) || peer == null) return false;
        List<Net> pieces = new ArrayList<>();
        for (AclEntry e : peer.getEntries()) {
            Net n = theirSource ? e.getSource() : e.getDestination();
            if (supernet.contains(n) && !n.equals(supernet)) pieces.add(n);
        }
        java.math.BigInteger covered = java.math.BigInteger.ZERO;
        for (Net n : pieces) {
            boolean nested = false;
            for (Net o : pieces) if (o != n && o.contains(n) && !(n.equals(o) && pieces.indexOf(o) > pieces.indexOf(n))) nested = true;
            if (!nested) covered = covered.add(java.math.BigInteger.ONE.shiftLeft(n.bits() - n.getPrefix()));
        }
        return covered.compareTo(java.math.BigInteger.ONE.shiftLeft(supernet.bits() - supernet.getPrefix())) >= 0;
    }

    /** A proposed proxy "a.b.c.d/len" that lies strictly inside the supernet. */
    public static boolean piecesOf(String proxy, Net supernet) {
        Net n = parse(proxy);
        return n != null && isSupernet(supernet) && supernet.contains(n) && !n.equals(supernet);
    }

    /** A proxy "a.b.c.d/len" (as the log parser writes it) as a Net, or null. */
    public static Net parse(String proxy) {
        if (proxy == null || proxy.isEmpty()) return null;
        try {
            return Net.parse(proxy);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True when our domain has an entry exactly equal to the proposed pair (ours: local -> remote). */
    public static boolean matchesProposal(EncryptionDomain ours, String localProxy, String remoteProxy) {
        Net l = parse(localProxy), r = parse(remoteProxy);
        if (l == null || r == null) return true; // nothing to compare: do not claim a mismatch
        for (AclEntry e : ours.getEntries()) if (e.getSource().equals(l) && e.getDestination().equals(r)) return true;
        return false;
    }

    /**
     * The entry of our crypto ACL to name when its networks on one side all differ from the network the peer proposed for it,
     * when no entry has that network there: the destination faces the peer's own ("remote") proxy, the source
     * this side's ("local"). Empty when an entry has the proposed network, or the proposal is no network
     * (a range that is no prefix). Protocol and port are not compared: a proposal that differs only in
     * them is another fault (CRYPTO_ACL_PORT_RESTRICTION's).
     */
    public static List<AclEntry> entriesMissingProposal(EncryptionDomain ours, String proxy, boolean remote) {
        Net p = parse(proxy);
        if (p == null || ours.getEntries().isEmpty()) return List.of();
        AclEntry nearest = null;
        for (AclEntry e : ours.getEntries()) {
            Net n = remote ? e.getDestination() : e.getSource();
            if (n.equals(p)) return List.of();
            if (nearest == null || n.overlaps(p) && !(remote ? nearest.getDestination() : nearest.getSource()).overlaps(p)) nearest = e;
        }
        return List.of(nearest); // one entry named (the first that overlaps the proposal, else the first): one vote
    }

    /** How a proposed network stands to a configured one, for explanations: "wider", "narrower", "overlapping" or "elsewhere". */
    public static String relation(String proxy, Net configured) {
        Net p = parse(proxy);
        if (p == null || configured == null) return "elsewhere";
        if (p.contains(configured)) return "wider";
        if (configured.contains(p)) return "narrower";
        return p.overlaps(configured) ? "overlapping" : "elsewhere";
    }

    /** The proposed network strictly contains the configured one (a peer proposing more than this side names). */
    public static boolean widerThan(String proxy, Net configured) {
        Net p = parse(proxy);
        return p != null && configured != null && p.contains(configured) && !p.equals(configured);
    }

    /** The proposed network is the configured one. */
    public static boolean sameNetwork(String proxy, Net configured) {
        Net p = parse(proxy);
        return p != null && p.equals(configured);
    }

    /** "object-group G holds N [file:line]", for explanations. */
    public static String member(vpndoctor.model.config.ObjectGroupMember m) {
        return "object-group " + m.getGroup() + " holds " + m.getNetwork() + (m.getOrigin() == null ? "" : " [" + m.getOrigin().where() + "]");
    }

    /**
     * A strict order of object-group members (line, group, network), so a rule can name one of several that
     * qualify: one vote however many. Written in Java: the shape memo refuses rules that read ids or origins.
     */
    public static boolean memberBefore(vpndoctor.model.config.ObjectGroupMember a, vpndoctor.model.config.ObjectGroupMember b) {
        String wa = a.getOrigin() == null ? "" : a.getOrigin().where(), wb = b.getOrigin() == null ? "" : b.getOrigin().where();
        int c = wa.compareTo(wb);
        if (c == 0) c = a.getGroup().compareTo(b.getGroup());
        if (c == 0) c = a.getNetwork().compareTo(b.getNetwork());
        return c < 0;
    }

    /** One ACL entry as text with its file:line (explanations). */
    public static String entry(AclEntry e) {
        return text(e);
    }

    /** The ACL entries of our domain, as text with file:line, for explanations. */
    public static String entries(EncryptionDomain d) {
        List<String> out = new ArrayList<>();
        for (AclEntry e : d.getEntries()) out.add(text(e));
        return String.join("; ", out);
    }

    /** Every entry of ours has an entry with the same source and destination on the peer (copied, not mirrored). Hashed: linear. */
    public static boolean identical(EncryptionDomain ours, EncryptionDomain theirs) {
        if (ours.getEntries().isEmpty()) return false;
        Set<List<Net>> pairs = new java.util.HashSet<>();
        for (AclEntry t : theirs.getEntries()) pairs.add(List.of(t.getSource(), t.getDestination()));
        for (AclEntry e : ours.getEntries()) if (!pairs.contains(List.of(e.getSource(), e.getDestination()))) return false;
        return true;
    }

    /** One side lists /32 hosts that lie inside a network the other side lists (either direction). */
    public static boolean hostsInsideSubnet(EncryptionDomain ours, EncryptionDomain theirs) {
        return hostsInside(ours, theirs) || hostsInside(theirs, ours);
    }

    private static boolean realHost(Net n) {
        return n.isHost() && !n.isWrittenLikeNetwork();
    }

    /**
     * Networks (not hosts) indexed by prefix length: "is h inside one of them" is then at most 32
     * hash look-ups, so a domain of thousands of entries is compared in linear time, not entry x entry.
     */
    private static final class NetIndex {
        private final Set<Net> nets = new java.util.HashSet<>();
        private final boolean[] prefixes = new boolean[129];

        void add(Net n) {
            if (n.isHost()) return;
            nets.add(n);
            prefixes[n.getPrefix()] = true;
        }

        boolean containsHost(Net h) {
            for (int p = 0; p < h.bits(); p++) {
                if (prefixes[p] && nets.contains(h.truncated(p))) return true;
            }
            return false;
        }
    }

    private static boolean hostsInside(EncryptionDomain hosts, EncryptionDomain nets) {
        NetIndex dst = new NetIndex(), src = new NetIndex();
        for (AclEntry n : nets.getEntries()) {
            dst.add(n.getDestination());
            src.add(n.getSource());
        }
        for (AclEntry h : hosts.getEntries()) {
            // a /32 on a .0 address is a network written as a host (NETWORK_ADDRESS_AS_HOST), not a host list
            if (realHost(h.getSource()) && dst.containsHost(h.getSource())) return true;
            if (realHost(h.getDestination()) && src.containsHost(h.getDestination())) return true;
        }
        return false;
    }

    /** True when a routing table (space-separated cidrs, as SHOW_ROUTE_TABLE writes them) has a route covering the network. */
    public static boolean routes(String prefixes, String network) {
        Net n = parse(network);
        if (n == null || prefixes == null) return false;
        for (String p : prefixes.split(" ")) {
            Net r = parse(p);
            if (r != null && r.contains(n)) return true;
        }
        return false;
    }
}
