package vpndoctor.parse.log;

import vpndoctor.model.config.Ip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.Origin;

/**
 * A pasted 'show crypto ipsec sa' (IOS, ASA, FTD), read one SA entry at a time: the counters of an
 * SA only mean something with its idents, its peer and its SPIs, which IOS prints before
 * current_peer and ASA after its crypto map line. Each entry becomes one SHOW_IPSEC_SA event, so the
 * same SA pasted twice folds into one event (count 2: one snapshot, not two pieces of evidence) and
 * two different snapshots of it stay two events a rule can compare.
 * <p>
 * Lines are taken while they look like the command's output (known field prefixes, or lines that
 * name nothing a rule knows, such as "IV size" or blank ones); anything else ends the block and
 * takes the ordinary path. A filtered paste ("| include pkts|peer") works too: an entry needs no
 * more than a current_peer or a counter line.
 */
final class ShowIpsecSa {
    /** What became of a line offered to an open block. */
    enum Take { RELEVANT, FILLER, NOT_MINE }

    /** An IPv4 or IPv6 address (IOS-XE prints the same entry for either family; an IPv6 ident has a prefix length for its mask). */
    private static final String ADDR = Ip.ADDR;
    private static final String MASK = "(\\d{1,3}(?:\\.\\d{1,3}){3}|\\d{1,3})";
    private static final Pattern IDENT = Pattern.compile(
            "^(local|remote) +ident \\(addr/mask/prot/port\\): \\(" + ADDR + "/" + MASK + "/(\\d+)/(\\d+)\\)");
    private static final Pattern PEER = Pattern.compile("^current_peer:? " + ADDR + "(?: port (\\d+))?");
    private static final Pattern PEER_ADDRESS = Pattern.compile("^peer address: " + ADDR);
    private static final Pattern ENDPT = Pattern.compile("^local crypto endpt\\.: ?" + ADDR + "(?:/\\d+)?, remote crypto endpt\\.: ?" + ADDR);
    /** IPv6 endpoints do not fit one line: "local crypto endpt.: A," then "remote crypto endpt.: B". */
    private static final Pattern ENDPT_LOCAL = Pattern.compile("^local crypto endpt\\.: ?" + ADDR + ",?$");
    private static final Pattern ENDPT_REMOTE = Pattern.compile("^remote crypto endpt\\.: ?" + ADDR + "$");
    private static final Pattern MAP = Pattern.compile("^crypto map tag: ([^,]+)(?:, seq num: (\\d+))?, local addr:? " + ADDR);
    private static final Pattern ENCAPS = Pattern.compile("#pkts encaps: ?(\\d+)");
    private static final Pattern DECAPS = Pattern.compile("#pkts decaps: ?(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("#send errors:? ?(\\d+), #recv errors:? ?(\\d+)");
    private static final Pattern MTU = Pattern.compile("path mtu (\\d+)");
    private static final Pattern OUT_SPI = Pattern.compile("^current outbound spi: ?(?:0x)?([0-9a-f]+)");
    private static final Pattern ACL = Pattern.compile("^access-list (\\S+) ");
    // 'show crypto session [detail]' (IOS): one flow per SA pair under a per-peer header
    private static final Pattern SESSION = Pattern.compile("^session status: ?(\\S+)");
    /** "Peer: 203.0.113.9 port 500" or "Peer: 2001:101:0:1::2 port 500" (an IPv6 session names its peer so). */
    private static final Pattern SESSION_PEER = Pattern.compile("^peer: (\\S+) port \\d+");
    private static final String SEL = "(any|host " + ADDR + "|" + ADDR + "/" + MASK + ")";
    private static final Pattern FLOW = Pattern.compile("^ipsec flow: permit (\\S+) +" + SEL + " +" + SEL);
    /** "IKEv1 SA: local A/500 remote B/500 Active" (also "IKE SA:", "IKEv2 SA:"); IPv6 ends wrap the state onto the next line. */
    private static final Pattern IKE_SA = Pattern.compile("^ike(?:v[12])? sa: .*\\b(?:in)?active\\b");
    private static final Pattern ACTIVE_SAS = Pattern.compile("^active sas: ?(\\d+)");
    private static final Pattern DECED = Pattern.compile("^inbound: +#pkts dec'ed (\\d+)");
    private static final Pattern ENCED = Pattern.compile("^outbound: +#pkts enc'ed (\\d+)(?: drop (\\d+))?");
    /** Field prefixes of the command's output (lower case, trimmed) that carry nothing read here. */
    private static final String[] FILLER = {
        "protected vrf", "permit, flags", "#pkts", "#pre-frag", "#pmtus", "#tfc", "#valid icmp", "#decapsulated",
        "pmtu time", "icmp error", "current inbound spi", "pfs (y/n)", "inbound esp sas", "outbound esp sas",
        "inbound ah sas", "outbound ah sas", "inbound pcp sas", "outbound pcp sas", "spi:", "transform:",
        "in use settings", "conn id:", "slot:", "sa timing:", "iv size", "replay detection", "status:",
        "anti replay bitmap", "0x", "kb/sec", "dynamic sa", "ecn", "plaintext mtu", "ipsec overhead",
        "crypto session current status", "ikev1 sa:", "ikev2 sa:", "ike sa:", "session-id:", "phase1_id:", "desc:",
        // 'show crypto session [detail]' (IOS-XE): the profile's name says IKEV2 and would end the block
        "profile: ", "uptime: ", "session id: ", "capabilities:",
        // IOS-XE: an OSPFv3 (IPv6) manual SA's policy, the replay counter some releases print with two '#',
        // an SD-WAN session's system IP (its "Interface: Tu1" would otherwise end the block)
        "ipsecv6 policy name", "##pkts", "system ip:",
    };

    // what the block's header said, kept for the entries under it
    private String iface;
    private String map;
    private String mapSeq;
    private String mapLocal;
    /** ASA 'show crypto ipsec sa peer X' (and IOS 'show crypto session') names the peer once, above its entries. */
    private String blockPeer;
    /** IOS 'show crypto session': the session status of the peer the entries are under. */
    private String session;
    /** IOS 'show crypto session detail': "IKEv1 SA: local A/500 remote B/500 Active": the session's IKE SA is up. */
    private String ikeSa;
    // the entry being read
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Origin> context = new ArrayList<>(4);
    private String peer;
    private String local;
    private boolean counters;
    private boolean idents;
    private Origin first;
    private String time;
    private long seq;
    /** The platform the output's own layout shows (ASA: "current_peer:", "seq num:"; IOS: "current_peer X port 500"), or null. */
    vpndoctor.model.Platform platform;
    /** Finished entries not yet taken by {@link #drain}. */
    private final List<Entry> done = new ArrayList<>(2);

    /** One SA entry: its event and the input lines it rests on (the first is the event's origin). */
    record Entry(Parsed parsed, List<Origin> origins, String time, long seq) {}

    /** Whether a line (trimmed) opens the command's output. */
    static boolean opens(String trimmed) {
        return opens(trimmed, trimmed.toLowerCase(Locale.ROOT));
    }

    /** As {@link #opens(String)}, given the line's lower-case copy l. */
    static boolean opens(String trimmed, String l) {
        return l.startsWith("session status:") || l.startsWith("ipsec flow:") ||
                l.startsWith("local ident (addr") || l.startsWith("local  ident (addr") || l.startsWith("current_peer")
                || l.startsWith("#pkts encaps") || l.startsWith("crypto map tag:") || l.startsWith("peer address:")
                || l.startsWith("interface: ") && l.indexOf(' ', 11) < 0;
    }

    /**
     * Offers a line of the source (trimmed, envelope-free); RELEVANT and FILLER lines belong to the
     * block, NOT_MINE ends it (the caller then {@link #close}s it and reads the line as usual).
     * origin is made only for lines that carry something.
     */
    Take offer(String trimmed, java.util.function.Supplier<Origin> origin, String lineTime, long lineSeq) {
        String l = trimmed.toLowerCase(Locale.ROOT).replace("local  ident", "local ident");
        if (l.isEmpty()) return Take.FILLER;
        Matcher m;
        if (l.startsWith("interface: ") && l.indexOf(' ', 11) < 0) {
            finish();
            iface = trimmed.substring(11).trim();
            map = mapSeq = mapLocal = blockPeer = session = ikeSa = null;
            return Take.FILLER;
        }
        if ((m = MAP.matcher(l)).find()) {
            finish();
            map = trimmed.substring(16, 16 + m.group(1).length()).trim();
            mapSeq = m.group(2);
            mapLocal = m.group(3);
            platform = mapSeq != null || l.contains("local addr:") ? vpndoctor.model.Platform.ASA : vpndoctor.model.Platform.IOS;
            return Take.RELEVANT;
        }
        if ((m = SESSION.matcher(l)).find()) {
            finish();
            session = m.group(1).toUpperCase(Locale.ROOT);
            blockPeer = null;
            ikeSa = null;
            start(origin, lineTime, lineSeq);
            context.add(origin.get());
            platform = vpndoctor.model.Platform.IOS;
            return Take.RELEVANT;
        }
        if (session != null && (m = SESSION_PEER.matcher(l)).find() && Parsed.address(m.group(1)) != null) {
            blockPeer = Parsed.address(m.group(1));
            return Take.RELEVANT;
        }
        if ((m = FLOW.matcher(l)).find()) {
            if (idents || counters) finish();
            start(origin, lineTime, lineSeq);
            selector("local", m.group(2), m.group(3), m.group(4), m.group(5), m.group(1));
            selector("remote", m.group(6), m.group(7), m.group(8), m.group(9), m.group(1));
            idents = true;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if ((m = ACTIVE_SAS.matcher(l)).find()) {
            fields.put("activeSas", m.group(1));
            // "Active SAs: 0, origin: crypto map": the flow comes from a map applied to the session's interface
            int o = l.indexOf("origin: ");
            if (o > 0) fields.put("origin", l.substring(o + 8).trim());
            return Take.RELEVANT;
        }
        if ((m = DECED.matcher(l)).find()) {
            fields.put("decaps", m.group(1));
            counters = true;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if ((m = ENCED.matcher(l)).find()) {
            fields.put("encaps", m.group(1));
            if (m.group(2) != null) fields.put("sendErrors", m.group(2)); // outbound drops: packets for the flow with no SA to carry them
            counters = true;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if ((m = PEER_ADDRESS.matcher(l)).find()) {
            finish();
            blockPeer = m.group(1);
            return Take.RELEVANT;
        }
        if ((m = ACL.matcher(l)).find()) {
            if (idents || counters) finish();
            start(origin, lineTime, lineSeq);
            fields.put("acl", trimmed.substring(12, 12 + m.group(1).length()));
            return Take.RELEVANT;
        }
        if ((m = IDENT.matcher(l)).find()) {
            boolean isLocal = m.group(1).equals("local");
            if (isLocal && (idents || counters) || !isLocal && fields.containsKey("remoteIdent")) finish();
            start(origin, lineTime, lineSeq);
            String side = m.group(1);
            fields.put(side + "Ident", Ip.cidr(m.group(2), m.group(3)));
            if (!"0".equals(m.group(4))) fields.put(side + "Proto", m.group(4));
            if (!"0".equals(m.group(5))) fields.put(side + "Port", m.group(5));
            if (!isLocal) context.add(origin.get());
            idents = true;
            return Take.RELEVANT;
        }
        if ((m = PEER.matcher(l)).find()) {
            // IOS prints current_peer after the idents, ASA after them too; a second one starts another SA
            if (counters || peer != null && fields.containsKey("currentPeer")) finish();
            start(origin, lineTime, lineSeq);
            peer = m.group(1);
            fields.put("currentPeer", peer);
            if (platform == null) platform = l.startsWith("current_peer:") ? vpndoctor.model.Platform.ASA
                    : m.group(2) != null ? vpndoctor.model.Platform.IOS : null;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if ((m = ENCAPS.matcher(l)).find()) {
            if (fields.containsKey("encaps")) finish();
            start(origin, lineTime, lineSeq);
            fields.put("encaps", m.group(1));
            counters = true;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if ((m = DECAPS.matcher(l)).find()) {
            if (fields.containsKey("decaps")) finish();
            start(origin, lineTime, lineSeq);
            fields.put("decaps", m.group(1));
            counters = true;
            context.add(origin.get());
            return Take.RELEVANT;
        }
        if (first == null && map == null && iface == null && blockPeer == null) return Take.NOT_MINE;
        if ((m = ERRORS.matcher(l)).find()) {
            fields.put("sendErrors", m.group(1));
            fields.put("recvErrors", m.group(2));
            return Take.RELEVANT;
        }
        if ((m = ENDPT.matcher(l)).find()) {
            local = m.group(1);
            if (peer == null) peer = m.group(2);
            else if (!peer.equals(m.group(2))) fields.put("remoteEndpoint", m.group(2));
            return Take.RELEVANT;
        }
        if ((m = ENDPT_LOCAL.matcher(l)).find()) {
            local = m.group(1);
            return Take.RELEVANT;
        }
        if ((m = ENDPT_REMOTE.matcher(l)).find()) {
            if (peer == null) peer = m.group(1);
            else if (!Ip.canonical(peer).equals(Ip.canonical(m.group(1)))) fields.put("remoteEndpoint", m.group(1));
            return Take.RELEVANT;
        }
        if ((m = OUT_SPI.matcher(l)).find()) {
            String spi = m.group(1).replaceFirst("^0+(?=.)", "");
            fields.put("outSpi", spi);
            return Take.RELEVANT;
        }
        if (l.startsWith("in use settings")) {
            if (l.contains("transport")) fields.putIfAbsent("mode", "transport");
            else if (l.contains("tunnel")) fields.putIfAbsent("mode", "tunnel");
            return Take.FILLER;
        }
        if ((m = MTU.matcher(l)).find() && (l.startsWith("path mtu") || l.startsWith("plaintext mtu"))) {
            fields.put("pathMtu", m.group(1));
            return Take.FILLER;
        }
        // IOS lists the entry's SAs under "inbound esp sas:" / "outbound esp sas:", each with its "Status:"
        if (l.startsWith("inbound esp sas") || l.startsWith("outbound esp sas")) {
            espSide = l.charAt(0) == 'i' ? 1 : 2;
            return Take.FILLER;
        }
        if (l.startsWith("inbound ah sas") || l.startsWith("outbound ah sas") || l.startsWith("inbound pcp sas") || l.startsWith("outbound pcp sas")) {
            espSide = 0;
            return Take.FILLER;
        }
        if (espSide != 0 && l.startsWith("status: active")) {
            activeEsp |= espSide;
            return Take.FILLER;
        }
        if (ikeSaWraps && l.startsWith("remote ")) { // "IKEv2 SA: local 2001:db8::1/500" / "remote 2001:db8::2/500 Active"
            ikeSaWraps = false;
            return Take.FILLER;
        }
        ikeSaWraps = false;
        if (session != null && IKE_SA.matcher(l).find()) {
            if (l.contains(" active")) ikeSa = "active";
            else if (ikeSa == null && l.contains(" inactive")) ikeSa = "inactive";
        }
        for (String f : FILLER) {
            if (l.startsWith(f)) {
                ikeSaWraps = f.endsWith("sa:") && f.startsWith("ike") && !l.contains(" remote ");
                return Take.FILLER;
            }
        }
        // a line that names nothing the parsers know (and no prompt, no timestamp) is more of the output
        return RelevanceFilter.mayBeRelevant(trimmed) || l.matches("^\\S+[#>].*") || l.startsWith("show ") ? Take.NOT_MINE : Take.FILLER;
    }

    /** An IPSEC FLOW selector: "any", "host A" or "A/mask", with the flow's protocol ("ip" = any). */
    private void selector(String side, String whole, String host, String net, String mask, String proto) {
        String ident = whole.equals("any") ? "0.0.0.0/0" : host != null ? host + (host.indexOf(':') >= 0 ? "/128" : "/32") : Ip.cidr(net, mask);
        fields.put(side + "Ident", ident);
        String p = proto.equals("ip") || proto.equals("ipv6") ? null : proto.equals("gre") ? "47" : proto;
        if (p != null && !p.equals("0")) fields.put(side + "Proto", p);
    }

    private void start(java.util.function.Supplier<Origin> origin, String lineTime, long lineSeq) {
        if (first != null) return;
        first = origin.get();
        time = lineTime;
        seq = lineSeq;
    }

    /** Which ESP SA list of the entry is being read: 0 none, 1 inbound, 2 outbound. */
    private int espSide;
    /** ESP SA lists of the entry holding an SA with "Status: ACTIVE": bit 1 inbound, bit 2 outbound. */
    private int activeEsp;

    /** An IKE SA line of 'show crypto session detail' ended before its "remote ..." half (IPv6 addresses wrap it). */
    private boolean ikeSaWraps;

    /** Ends the block: its last entry is finished. */
    void close() {
        finish();
    }

    /** Entries finished since the last call. */
    List<Entry> drain() {
        if (done.isEmpty()) return List.of();
        List<Entry> out = List.copyOf(done);
        done.clear();
        return out;
    }

    private void finish() {
        if (first != null && (counters || idents || fields.containsKey("currentPeer") || session != null)) {
            Parsed p = new Parsed();
            p.is(vpndoctor.model.EventKind.SHOW_IPSEC_SA);
            p.peer(peer != null ? peer : blockPeer);
            p.local(local != null ? local : mapLocal);
            for (Map.Entry<String, String> f : fields.entrySet()) p.attr(f.getKey(), f.getValue());
            p.attr("map", map);
            p.attr("mapSeq", mapSeq);
            p.attr("interface", iface);
            p.attr("session", session);
            p.attr("ikeSa", session == null ? null : ikeSa);
            if (isVti()) p.attr("vti", "true");
            if (activeEsp == 3) p.attr("espPair", "ACTIVE");
            String li = fields.get("localIdent"), ri = fields.get("remoteIdent");
            if (li != null && ri != null) p.attr("sa", li + (fields.containsKey("localProto") ? "/" + fields.get("localProto") : "")
                    + " > " + ri + (fields.containsKey("remoteProto") ? "/" + fields.get("remoteProto") : ""));
            List<Origin> origins = new ArrayList<>(context.size() + 1);
            origins.add(first);
            for (Origin o : context) if (o != first && !origins.contains(o)) origins.add(o);
            done.add(new Entry(p, origins, time, seq));
        }
        fields.clear();
        context.clear();
        peer = null;
        local = null;
        counters = false;
        idents = false;
        espSide = 0;
        activeEsp = 0;
        first = null;
    }

    /** A route-based tunnel: IOS names the SA's map after its tunnel interface ("Tunnel0-head-0"), a VTI's idents are any/any. */
    private boolean isVti() {
        String l = map == null ? "" : map.toLowerCase(Locale.ROOT);
        String i = iface == null ? "" : iface.toLowerCase(Locale.ROOT);
        return l.endsWith("-head-0") || i.startsWith("tunnel") || i.startsWith("virtual-access")
                || "0.0.0.0/0".equals(fields.get("localIdent")) && "0.0.0.0/0".equals(fields.get("remoteIdent"));
    }
}
