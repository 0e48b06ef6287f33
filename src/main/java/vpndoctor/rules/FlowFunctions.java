package vpndoctor.rules;

import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.Net;
import vpndoctor.model.derived.EncryptionDomain;

/**
 * Where a traced flow (a packet-tracer run, a ping) goes relative to a tunnel's protected networks:
 * "outbound" (from ours to the peer's), "inbound" (from the peer's to ours) or "" (neither). Read
 * from an encryption domain (our crypto ACL) or from an SA's two selectors. Pure functions for rules.
 */
public final class FlowFunctions {
    private FlowFunctions() {}

    /** The flow's direction through an SA whose selectors are localIdent / remoteIdent (cidrs). */
    public static String direction(String localIdent, String remoteIdent, String src, String dst) {
        Net l = ConfigFunctions.parse(localIdent), r = ConfigFunctions.parse(remoteIdent);
        if (l == null || r == null) return "";
        return direction(l, r, src, dst);
    }

    /** The flow's direction through any entry of our crypto ACL. */
    public static String direction(EncryptionDomain d, String src, String dst) {
        for (AclEntry e : d.getEntries()) {
            String dir = direction(e.getSource(), e.getDestination(), src, dst);
            if (!dir.isEmpty()) return dir;
        }
        return "";
    }

    /** True when a destination lies in the peer's side of the SA / of our crypto ACL. */
    public static boolean toRemote(String remoteIdent, String dst) {
        Net r = ConfigFunctions.parse(remoteIdent);
        return r != null && in(r, dst);
    }

    public static boolean toRemote(EncryptionDomain d, String dst) {
        for (AclEntry e : d.getEntries()) if (in(e.getDestination(), dst)) return true;
        return false;
    }

    /**
     * A ping that names no source address: "outbound" when it is sourced from an interface other than
     * the crypto map's (ASA 'ping inside X', IOS 'source Gi0/1'), else "from-gateway": with no source,
     * or from the interface the crypto map is on (named "outside" by ASA convention), the echo leaves
     * from the gateway's own outside address. cryptoIfaces: CryptoMapBinding facts or interface names.
     */
    public static String pingDirection(String srcIf, java.util.Collection<?> cryptoIfaces) {
        if (srcIf == null || srcIf.isEmpty() || srcIf.equalsIgnoreCase("outside")) return "from-gateway";
        for (Object o : cryptoIfaces) {
            String name = o instanceof vpndoctor.model.config.CryptoMapBinding b ? b.getIface() : String.valueOf(o);
            if (srcIf.equalsIgnoreCase(name)) return "from-gateway";
        }
        return "outbound";
    }

    /** True when an SA's selectors (cidrs) carry the pair of networks of a crypto ACL entry. */
    public static boolean carries(String localIdent, String remoteIdent, AclEntry e) {
        Net l = ConfigFunctions.parse(localIdent), r = ConfigFunctions.parse(remoteIdent);
        return l != null && r != null && e.getSource() != null && e.getDestination() != null
                && l.contains(e.getSource()) && r.contains(e.getDestination());
    }

    private static String direction(Net local, Net remote, String src, String dst) {
        if (in(local, src) && in(remote, dst)) return "outbound";
        if (in(remote, src) && in(local, dst)) return "inbound";
        return "";
    }

    private static boolean in(Net n, String address) {
        if (n == null || address == null || address.isEmpty()) return false;
        try {
            return n.contains(Net.host(address));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
