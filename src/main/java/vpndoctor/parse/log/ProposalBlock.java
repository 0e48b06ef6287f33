package vpndoctor.parse.log;

import vpndoctor.model.config.Ip;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * A multi-line "IPSEC(validate_proposal_request): proposal part #1," (or sa_request, initialize_sas)
 * block: key= value fields spread over lines until "spi=" / "flags=". Collected into one event,
 * because the proxies only mean something together. A block cut short still yields what it saw.
 */
final class ProposalBlock {
    private static final Pattern FIELD = Pattern.compile("([a-z_]+)= ?([^,]*)");
    private static final String[] CONTINUATION_KEYS = {
        "(key eng. msg.)", "dest=", "src=", "_proxy=", "protocol=", "transform=", "lifedur=", "spi=", "conn_id=",
        "flags=", "local=", "remote=", "keysize=",
    };

    final EventKind kind;
    final Origin origin;
    final String time;
    /** Envelope host of the block's first line (null when none). */
    String host;
    final long seq;
    final Platform platform;
    /** The platform is the reader's guess from the first line's wording (LogEvent.platformGuessed). */
    boolean guessed;
    private final Map<String, String> fields = new HashMap<>();
    private boolean inbound;
    private boolean outbound;
    private boolean complete;

    ProposalBlock(EventKind kind, Origin origin, String time, long seq, Platform platform) {
        this.kind = kind;
        this.origin = origin;
        this.time = time;
        this.seq = seq;
        this.platform = platform;
    }

    /** The block kind a line starts, or null ("IPSEC(initialize_sas): invalid proxy IDs" is not a block). */
    static EventKind startKind(Msg msg) {
        String l = msg.lower;
        if (l.contains("validate_proposal_request")) return EventKind.PROPOSAL_REQUEST;
        if (l.contains("invalid proxy")) return null;
        if (l.contains("ipsec(sa_request)") || l.contains("-702303:") || l.contains("sa_request, (key eng")) return EventKind.SA_REQUEST;
        if (l.contains("ipsec(initialize_sas)") && (l.contains(", ") || l.endsWith(",")) && !l.contains("invalid")) return EventKind.INITIALIZE_SAS;
        return null;
    }

    static boolean isContinuation(String line) {
        for (String k : CONTINUATION_KEYS) {
            if (line.contains(k)) return true;
        }
        return false;
    }

    void add(String text) {
        if (text.contains("INBOUND")) inbound = true;
        if (text.contains("OUTBOUND")) outbound = true;
        Matcher m = FIELD.matcher(text);
        while (m.find()) fields.putIfAbsent(m.group(1), m.group(2).trim());
        if (text.contains("spi=") || text.contains("flags=")) complete = true;
    }

    boolean isComplete() {
        return complete;
    }

    /** Writes the event; ctx learns our local address and the peer. */
    void toParsed(Parsed out, SourceContext ctx) {
        out.is(kind);
        boolean out2 = outbound || kind == EventKind.SA_REQUEST && !inbound;
        String localProxy, remoteProxy;
        if (fields.containsKey("local") || fields.containsKey("remote")) {
            out.local(fields.get("local")).peer(fields.get("remote"));
            localProxy = fields.get("local_proxy");
            remoteProxy = fields.get("remote_proxy");
        } else if (out2) {
            out.local(fields.get("src")).peer(fields.get("dest"));
            localProxy = fields.get("src_proxy");
            remoteProxy = fields.get("dest_proxy");
        } else {
            out.local(fields.get("dest")).peer(fields.get("src"));
            localProxy = fields.get("dest_proxy");
            remoteProxy = fields.get("src_proxy");
        }
        if (kind == EventKind.INITIALIZE_SAS) out.attr("direction", out2 ? "outbound" : "inbound");
        proxy(out, "local", localProxy);
        proxy(out, "remote", remoteProxy);
        String t = fields.get("transform");
        if (t != null) {
            String mode = t.contains("(Tunnel)") ? "tunnel" : t.contains("(Transport)") ? "transport" : null;
            out.attr("transform", withKeySize(t.replaceAll("\\(.*?\\)", "").trim().replaceAll(" +", " "), fields.get("keysize")));
            out.attr("mode", mode);
        }
        if (!complete) out.attr("truncated", "true");
        ctx.addLocal(out.local);
    }

    /**
     * "esp-aes esp-sha-hmac" with "keysize= 256" is AES-256: IOS names the AES key size in the block's
     * keysize field when the transform words do not ("esp-aes 256 ..."), so it joins the words the way a
     * config writes it. 128 (the default) and 0 (no key size: DES, an offer still unsized) add nothing.
     */
    static String withKeySize(String transform, String keysize) {
        if (keysize == null || !keysize.matches("192|256")) return transform;
        return transform.replaceFirst("(?<![^ ])esp-aes(?= (?!\\d)|$)", "esp-aes " + keysize);
    }

    /** "4.4.4.0/255.255.255.192/0/0 (type=4)" -> localProxy=4.4.4.0/26, proxyProto=0, proxyPort=0. */
    private static void proxy(Parsed out, String side, String raw) {
        if (raw == null || raw.isEmpty()) return;
        String v = raw;
        int paren = v.indexOf(' ');
        if (paren > 0) v = v.substring(0, paren);
        String[] p = v.split("/");
        if (p.length < 2 || !Ip.isAddress(p[0])) { out.attr(side + "Proxy", raw); return; }
        out.attr(side + "Proxy", Ip.cidr(p[0], p[1]));
        String protoKey = "local".equals(side) ? "proxyProto" : "remoteProxyProto";
        String portKey = "local".equals(side) ? "proxyPort" : "remoteProxyPort";
        String proto = p.length > 2 ? p[2] : null;
        String port = p.length > 3 ? p[3] : null;
        if ("remote".equals(side)) {
            // only worth a separate attribute when the two sides disagree
            if (proto != null && !proto.equals(out.attrs.get("proxyProto"))) out.attr(protoKey, proto);
            if (port != null && !port.equals(out.attrs.get("proxyPort"))) out.attr(portKey, port);
        } else {
            out.attr(protoKey, proto);
            out.attr(portKey, port);
        }
    }
}
