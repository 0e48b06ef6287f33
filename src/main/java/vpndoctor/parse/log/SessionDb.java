package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.config.Ip;

/**
 * ASA/FTD 'show vpn-sessiondb l2l' and 'show vpn-sessiondb detail l2l': one session per peer
 * (Connection, IP Addr, Protocol, Bytes Tx/Rx), and in the detailed form one block per IKE tunnel
 * and per IPsec child (Local Addr / Remote Addr selectors, Bytes and Pkts Tx/Rx). The meaning is the
 * one of 'show crypto ipsec sa', so each child becomes a SHOW_IPSEC_SA event (Pkts Tx = encaps,
 * Pkts Rx = decaps, the selectors as idents) and a session without children one event with its
 * byte counters: the traffic rules read either source. A listed session is up (IKE and IPsec):
 * session UP-ACTIVE, as IOS 'show crypto session' says it.
 */
final class SessionDb extends StateBlock {
    private static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z0-9 /()\\-.]*?) *: ?(.*)$");
    private static final Pattern SELECTOR = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d+)/(\\d+)");
    private static final Pattern COUNT = Pattern.compile("^(\\d+)");

    // the session being read
    private String connection;
    private String ipAddr;
    private String ikev;
    private final Map<String, String> session = new LinkedHashMap<>();
    private Origin sessionOrigin;
    private long sessionSeq;
    private final List<Origin> sessionLines = new ArrayList<>(4);
    private int children;
    // the child being read (null: none, or an IKE tunnel block)
    private Map<String, String> child;
    private final List<Origin> childLines = new ArrayList<>(4);
    private Origin childOrigin;
    private long childSeq;
    private boolean inIpsecChild;
    private boolean seen;

    static boolean opens(String trimmed) {
        return opens(trimmed, trimmed.toLowerCase(Locale.ROOT));
    }

    /** As {@link #opens(String)}, given the line's lower-case copy l. */
    static boolean opens(String trimmed, String l) {
        return l.contains("show vpn-sessiondb") && (l.contains("l2l") || l.contains("detail"))
                || l.startsWith("session type: lan-to-lan") || l.startsWith("connection   :");
    }

    @Override
    Platform platform() { return seen ? Platform.ASA : null; }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        String l = trimmed.toLowerCase(Locale.ROOT);
        if (l.isEmpty()) return ShowIpsecSa.Take.FILLER;
        if (l.contains("show vpn-sessiondb")) {
            finishSession();
            return ShowIpsecSa.Take.FILLER;
        }
        if (MessageParser.syslogMarker(trimmed) >= 0 || StateBlock.isPrompt(trimmed)) return ShowIpsecSa.Take.NOT_MINE;
        Matcher m = LABEL.matcher(trimmed);
        if (!m.find()) return ShowIpsecSa.Take.NOT_MINE;
        seen = true;
        String label = m.group(1).trim().toLowerCase(Locale.ROOT);
        String value = m.group(2).trim();
        // an unnamed session ("Connection   :" with nothing after it, as some releases print a group without a name)
        // still starts a session: read as a child block's header, it hid the whole session
        if (value.isEmpty() && !label.contains(" ") && !label.equals("connection")) {
            // a child block's header: "IKEv1:", "IKEv2:", "IPsec:", "IPsecOverNatT:", "NAC:"
            finishChild();
            inIpsecChild = label.startsWith("ipsec");
            if (inIpsecChild) {
                child = new LinkedHashMap<>();
                childOrigin = null;
            }
            return ShowIpsecSa.Take.FILLER;
        }
        switch (label) {
            case "connection" -> {
                finishSession();
                connection = value;
                sessionOrigin = origin.get();
                sessionSeq = seq;
                return ShowIpsecSa.Take.RELEVANT;
            }
            case "protocol" -> {
                String v = value.toLowerCase(Locale.ROOT);
                ikev = v.contains("ikev2") ? "2" : v.contains("ikev1") || v.matches("^ike\\b.*") ? "1" : null;
                return ShowIpsecSa.Take.FILLER;
            }
            case "local addr", "remote addr" -> {
                if (child == null) return ShowIpsecSa.Take.FILLER;
                Matcher s = SELECTOR.matcher(value);
                if (s.find()) {
                    String side = label.startsWith("local") ? "local" : "remote";
                    child.put(side + "Ident", Ip.cidr(s.group(1), s.group(2)));
                    if (!"0".equals(s.group(3))) child.put(side + "Proto", s.group(3));
                    if (!"0".equals(s.group(4))) child.put(side + "Port", s.group(4));
                    note(origin, seq);
                    return ShowIpsecSa.Take.RELEVANT;
                }
                return ShowIpsecSa.Take.FILLER;
            }
            default -> { }
        }
        // "Index : 2576   IP Addr : 203.0.113.18", "Bytes Tx : 1   Bytes Rx : 0", "Pkts Tx : 1   Pkts Rx : 1"
        String[] pairs = trimmed.split("\\s{2,}(?=[A-Za-z][A-Za-z0-9 /()\\-.]*?\\s*:)");
        boolean counters = false;
        for (String pair : pairs) {
            Matcher pm = LABEL.matcher(pair.trim());
            if (!pm.find()) continue;
            String k = pm.group(1).trim().toLowerCase(Locale.ROOT), v = pm.group(2).trim();
            Matcher c = COUNT.matcher(v);
            switch (k) {
                case "ip addr" -> ipAddr = v;
                case "bytes tx", "bytes rx", "pkts tx", "pkts rx" -> {
                    if (!c.find()) break;
                    Map<String, String> into = child != null && inIpsecChild ? child : connection != null && child == null && !inIpsecChild ? session : null;
                    if (into == null) break;
                    into.put(k, c.group(1));
                    counters = true;
                }
                default -> { }
            }
        }
        if (counters) {
            if (child != null && inIpsecChild) note(origin, seq); else sessionLines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        return ShowIpsecSa.Take.FILLER;
    }

    private void note(Supplier<Origin> origin, long seq) {
        Origin o = origin.get();
        if (childOrigin == null) {
            childOrigin = o;
            childSeq = seq;
        } else if (!childLines.contains(o) && o != childOrigin) {
            childLines.add(o);
        }
    }

    private void finishChild() {
        if (child != null && connection != null && childOrigin != null) {
            Parsed p = base();
            for (Map.Entry<String, String> f : child.entrySet()) {
                if (!f.getKey().contains(" ")) p.attr(f.getKey(), f.getValue());
            }
            counters(p, child);
            String li = child.get("localIdent"), ri = child.get("remoteIdent");
            if (li != null && ri != null) p.attr("sa", li + (child.containsKey("localProto") ? "/" + child.get("localProto") : "")
                    + " > " + ri + (child.containsKey("remoteProto") ? "/" + child.get("remoteProto") : ""));
            List<Origin> origins = new ArrayList<>();
            origins.add(childOrigin);
            if (sessionOrigin != null) origins.add(sessionOrigin);
            origins.addAll(childLines);
            emit(p, origins, childSeq);
            children++;
        }
        child = null;
        childLines.clear();
        childOrigin = null;
        inIpsecChild = false;
    }

    private void finishSession() {
        finishChild();
        if (connection != null && children == 0 && !session.isEmpty()) {
            // the summary form (or a detail without its children): the session's own byte counters
            Parsed p = base();
            counters(p, session);
            List<Origin> origins = new ArrayList<>();
            origins.add(sessionOrigin);
            origins.addAll(sessionLines);
            emit(p, origins, sessionSeq);
        }
        connection = null;
        ipAddr = null;
        ikev = null;
        session.clear();
        sessionLines.clear();
        sessionOrigin = null;
        children = 0;
    }

    /** Packets when the output counts them (a child), else bytes: only zero and change are read. */
    private static void counters(Parsed p, Map<String, String> c) {
        p.attr("encaps", c.containsKey("pkts tx") ? c.get("pkts tx") : c.get("bytes tx"));
        p.attr("decaps", c.containsKey("pkts rx") ? c.get("pkts rx") : c.get("bytes rx"));
    }

    private Parsed base() {
        Parsed p = new Parsed();
        p.is(EventKind.SHOW_IPSEC_SA);
        // "Connection" is the tunnel-group's name, an address only when the group is named after the peer
        p.peer(Ip.isAddress(connection) ? connection : Ip.isAddress(ipAddr) ? ipAddr : null);
        if (!Ip.isAddress(connection) && !connection.isEmpty()) p.attr("group", connection);
        p.attr("session", "UP-ACTIVE");
        p.attr("ikev", ikev);
        return p;
    }

    @Override
    void close() {
        finishSession();
    }
}
