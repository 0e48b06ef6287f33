package vpndoctor.parse.log;

import java.util.HashSet;
import java.util.Set;
import vpndoctor.model.Platform;

/**
 * What one source has told us so far: debug lines often omit the peer ("retransmitting phase 1") and
 * the platform, and mean the peer and device of the lines around them. Kept per source so two files
 * read one after another do not leak context into each other.
 */
final class SourceContext {
    private static final int MAX_LOCALS = 64;

    final String source;
    int lineNo;
    /** The last peer a VPN negotiation line named, and where: host, time and line (see {@link TimeWindow}). */
    private String lastPeer;
    private String lastHost;
    private String lastTime;
    private int lastLine;
    /** Envelope host and time of the line being classified (of the block's first line while one is open). */
    String lineHost;
    String lineTime;
    /** ASA "Group = NAME" → the one peer lines of that group named ("" once two peers were seen: no answer). */
    private final java.util.Map<String, String> peerByGroup = new java.util.HashMap<>();
    /** Platform established by an unambiguous line (null until one is seen). */
    Platform platform;
    /** 1 or 2 when recent trace lines say which phase is being negotiated, else 0. */
    int phase;
    /** Our own gateway addresses, as learned from lines that name both ends. */
    private final Set<String> locals = new HashSet<>();
    /** IOS/PIX debug connection id ("ISAKMP:(1001):") → the peer that SA talks to; bounded. */
    private final java.util.Map<String, String> peerByConn = new java.util.HashMap<>();
    private static final int MAX_CONNS = 4096;
    /** A multi-line IPSEC(...) block still being collected. */
    ProposalBlock block;
    /** A pasted 'show crypto ipsec sa' still being read (null outside one). */
    ShowIpsecSa showSa;
    /** A pasted packet-tracer run, vpn-sessiondb or ping result still being read (null outside one). */
    StateBlock state;
    /** A pasted routing table still being read (null outside one). */
    ShowRoutes routes;
    /** "received" or "sent": the IKEv2 packet whose dump the next payload lines belong to (null before any). */
    String ikev2Packet;

    SourceContext(String source) {
        this.source = source;
    }

    void addLocal(String address) {
        if (address != null && locals.size() < MAX_LOCALS) locals.add(address);
    }

    void rememberConn(String conn, String peer) {
        if (conn != null && peer != null && (peerByConn.size() < MAX_CONNS || peerByConn.containsKey(conn))) peerByConn.put(conn, peer);
    }

    String peerOfConn(String conn) {
        return conn == null ? null : peerByConn.get(conn);
    }

    /** A VPN negotiation line named this peer: lines near it that name none may be about it. */
    void rememberPeer(String peer) {
        lastPeer = peer;
        lastHost = lineHost;
        lastTime = lineTime;
        lastLine = lineNo;
    }

    /** The last named peer when the current line is near it (same device, a short time), else null. */
    String nearbyPeer() {
        if (lastPeer == null || isLocal(lastPeer)) return null;
        return TimeWindow.near(lineHost, lineTime, lineNo, lastHost, lastTime, lastLine) ? lastPeer : null;
    }

    void rememberGroup(String group, String peer) {
        if (group == null || peer == null || peerByGroup.size() >= MAX_CONNS && !peerByGroup.containsKey(group)) return;
        peerByGroup.merge(group, peer, (a, b) -> a.equals(b) ? a : "");
    }

    String peerOfGroup(String group) {
        String p = group == null ? null : peerByGroup.get(group);
        return p == null || p.isEmpty() ? null : p;
    }

    boolean isLocal(String address) {
        return address != null && locals.contains(address);
    }
}
