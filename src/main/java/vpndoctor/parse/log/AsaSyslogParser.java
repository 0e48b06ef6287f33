package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * "%ASA-n-NNNNNN: text" (also %PIX- and %FWSM-): the id picks the family, the family's rules read the
 * text. Unknown ids of VPN families (402xxx, 602xxx, 7xxxxx) are reported as unrecognized by the
 * caller; unknown ids elsewhere (interfaces, logins, routing) are irrelevant.
 */
final class AsaSyslogParser {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    /** IPsec data-plane (402xxx, 602xxx), commands (111xxx) and session (113xxx) messages. */
    static final List<Rule> OTHER = List.of(
        // PIX 6 402101 (PIX 6.3 syslog guide): "decaps: rec'd IPSEC packet has invalid spi for destaddr= A, prot= esp, spi= 0x..":
        // the IOS key engine's wording, with our own address and no source; the SPI is kept for SpiLedger as 402114's is
        Rule.re("invalid spi for destaddr", "destaddr= ?" + ADDR + "\\s*,.*?spi= ?(0x[0-9A-Fa-f]+)(?:.*?srcaddr= ?" + ADDR + ")?", INVALID_SPI,
                (m, o) -> spi(m.group(3) == null ? o.local(m.group(1)) : o.local(m.group(1)).peer(m.group(3)), m.group(2)), "proto", "esp"),
        // 402114 (Cisco ASA/FTD syslog guide): "IPSEC: Received an ESP packet (SPI= 0x.., sequence number= 0x..) from A
        // (user= ..) to B with an invalid SPI", 8.x+ "... to B. The decapsulating SA is not found.": the SPI is kept (SpiKey)
        // so a rule can ask whether it is an SA just created (SpiLedger) or one this device deleted
        Rule.re("invalid spi", "(?:SPI= ?(0x[0-9A-Fa-f]+)[^)]*\\) )?from " + ADDR + "(?: \\([^)]*\\))? to " + ADDR, INVALID_SPI,
                (m, o) -> spi(o.peer(m.group(2)).local(m.group(3)), m.group(1)), "proto", "esp"),
        Rule.re("decapsulating sa is not found", "(?:SPI= ?(0x[0-9A-Fa-f]+)[^)]*\\) )?from " + ADDR + "(?: \\([^)]*\\))? to " + ADDR, INVALID_SPI,
                (m, o) -> spi(o.peer(m.group(2)).local(m.group(3)), m.group(1)), "proto", "esp"),
        Rule.re("doesn't match the negotiated policy", "from " + ADDR + "(?: \\(user= ?\\S+\\))? to " + ADDR, INVALID_PROXY_IDS,
                (m, o) -> o.peer(m.group(1)).local(m.group(2)), "detail", "inner packet does not match SA policy"),
        // 602303: the SPI is read for SpiLedger, which keeps it (with step "child SA installed") only on the rare line whose
        // SPI was just reported invalid; on every other line it is dropped, so a healthy hub's SAs still fold into one event
        Rule.re("has been created", "(inbound|outbound) .*?SA \\(SPI= ?(\\S+?)\\) between " + ADDR + " and " + ADDR,
                P2_COMPLETED, (m, o) -> spi(o.attr("direction", m.group(1)).peer(m.group(4)).local(m.group(3)), m.group(2))),
        // 602304: its SPI is remembered by SpiLedger (an invalid SPI of it later is an SA this device deleted) and dropped
        Rule.re("has been deleted", "(inbound|outbound) .*?SA \\(SPI= ?(\\S+?)\\) between " + ADDR + " and " + ADDR,
                SA_CLEARED, (m, o) -> spi(o.attr("direction", m.group(1)).peer(m.group(4)).local(m.group(3)), m.group(2))),
        // 402117 (Cisco: the packet matched the crypto map ACL but is not IPsec-encapsulated: the peer sends it in clear);
        // its addresses are the packet's hosts, not the peer (LineClassifier takes the tunnel from the lines around it)
        Rule.re("non-ipsec packet", "from " + ADDR + " to " + ADDR, CLEARTEXT_FOR_PROTECTED_TRAFFIC,
                (m, o) -> o.attr("src", m.group(1)).attr("dst", m.group(2))),
        // 402119 / 402120 (Cisco 116858, 116085): packets of an existing SA from the peer, dropped as replays or for
        // a failed integrity check; the same families as IOS PKT_REPLAY_ERR / RECVD_PKT_MAC_ERR, never a fault alone
        Rule.re("failed anti-replay checking", "from " + ADDR + "(?: \\([^)]*\\))? to " + ADDR, ESP_REPLAY_DROPPED,
                (m, o) -> o.peer(m.group(1)).local(m.group(2))),
        Rule.of("failed anti-replay checking", IKE_TRACE, "step", "anti-replay check failed"),
        Rule.re("that failed authentication", "from " + ADDR + "(?: \\([^)]*\\))? to " + ADDR, ESP_INTEGRITY_FAILED,
                (m, o) -> o.peer(m.group(1)).local(m.group(2))),
        Rule.re("pmtu", "greater than effective mtu (\\d+)", PMTU_EXCEEDED, (m, o) -> o.attr("mtu", m.group(1))),
        Rule.re("clear crypto", "'(clear crypto[^']*)'", SA_CLEARED, (m, o) -> o.attr("command", m.group(1).trim()).attr("by", "operator")),
        Rule.re("session disconnected", "Reason: ?(.*)$", TUNNEL_DOWN, (m, o) -> o.attr("reason", m.group(1))),
        Rule.of("session disconnected", TUNNEL_DOWN)
    );

    private AsaSyslogParser() {}

    /** The SPI a message names, when it is one (SpiKey); o as it was otherwise. */
    private static Parsed spi(Parsed o, String hex) {
        if (hex != null) SpiKey.fill(o, hex);
        return o;
    }

    /** Message id ("713119") of "%ASA-5-713119:" at index at, or null. */
    static String id(String m, int at) {
        int dash = m.indexOf('-', at + 1);
        if (dash < 0 || dash + 2 >= m.length()) return null;
        int i = dash + 3; // skip the severity digit and its dash
        int j = i;
        while (j < m.length() && j - i < 6 && Character.isDigit(m.charAt(j))) j++;
        return j - i == 6 ? m.substring(i, j) : null;
    }

    /** Text after "%ASA-5-713119:". */
    static String text(String m, int at) {
        int colon = m.indexOf(':', at);
        return colon < 0 ? "" : m.substring(colon + 1).trim();
    }

    /** True when the id is a VPN message whose unknown wordings should be shown ({@link AsaCatalogue#vpnMessage}). */
    static boolean vpnFamily(String id) {
        return AsaCatalogue.vpnMessage(id);
    }

    static final java.util.regex.Pattern TEMPLATE_VALUE = java.util.regex.Pattern.compile(
            "\\b(?:IP_address|peer-IP|peer_IP|source_address|dest_address|source_IP|dest_IP|localIP|remoteIP|local-ip|remote-ip|reason_string|interface_name|IP_addr)\\b");

    /** The words of {@link #TEMPLATE_VALUE}: the regex runs only on a line holding one (few do; it was a fifth of the parse time). */
    private static final String[] TEMPLATE_WORDS = {"IP_addr", "peer-IP", "peer_IP", "source_address", "dest_address", "source_IP",
        "dest_IP", "localIP", "remoteIP", "local-ip", "remote-ip", "reason_string", "interface_name"};

    /** Whether the text holds a catalogue template word ({@link #TEMPLATE_VALUE}, gated by its words). */
    static boolean templateValue(String t) {
        for (String w : TEMPLATE_WORDS) {
            if (t.contains(w)) return TEMPLATE_VALUE.matcher(t).find();
        }
        return false;
    }

    static Result parse(String id, Msg text, Parsed out) {
        if (id == null) return Result.NONE;
        AsaCatalogue.Entry entry = AsaCatalogue.get(id);
        // a user's remote-access session or the device's internals: recognized, never a tunnel's fault
        if (entry != null && (entry.kind() == AsaCatalogue.Kind.REMOTE_ACCESS || entry.kind() == AsaCatalogue.Kind.NOT_S2S)) return Result.IGNORE;
        if (remoteAccessSession(id, text)) return Result.IGNORE;
        // the catalogue's own template ("IP = peer-IP", "Src:source_address", "Reason: reason_string"), pasted from
        // Cisco's documentation: a device never prints these words where its values go, so the line is no evidence
        if (templateValue(text.text)) return Result.IGNORE;
        Result byText = byText(id, text, out);
        return byText == Result.NONE && entry != null ? byCatalogue(entry, text, out) : byText;
    }

    /** The wording rules of the id's family. */
    private static Result byText(String id, Msg text, Parsed out) {
        if (id.startsWith("75")) return Ikev2Rules.parse(text, out) ? Result.MATCH : Result.NONE;
        if (id.startsWith("7")) {
            if (Rule.first(AsaIkeRules.RULES, text, out)) return Result.MATCH;
            return Rule.first(IpsecDebugRules.RULES, text, out) ? Result.MATCH : Result.NONE;
        }
        if (id.startsWith("305") || id.startsWith("302")) {
            out.tunnelless = true;
            if (Rule.first(NatConnRules.RULES, text, out)) return Result.MATCH;
            return Result.IGNORE;
        }
        // PIX 6 602301/602302: the IOS key engine's SA listing ("sa created, (sa) sa_dest= .., sa_spi= .."), read by its table
        if (id.equals("602301") || id.equals("602302")) {
            if (!Rule.first(IpsecDebugRules.RULES, text, out)) return Result.NONE;
            // sa_dest is the SA's destination: the peer for an outbound SA, this device for an inbound one, and the line does not say which
            out.peer = null;
            return Result.MATCH;
        }
        if (Rule.first(OTHER, text, out)) return Result.MATCH;
        if (id.startsWith("111")) return Result.IGNORE; // other commands typed by the operator
        return Result.NONE;
    }

    /**
     * A listed id whose wording no rule knows (another release's text): the catalogue says what it is.
     * A symptom or progress id becomes its event kind (or a trace naming the id when no rule reads it
     * yet), a benign id is recognized and dropped, a carrier id stays unrecognized (only its text means
     * something). A symptom read from its id alone votes only when the line names an address: the
     * catalogue's own placeholder lines ("for Peer IP_address") and lines cut before their values
     * show the message exists, not that a tunnel failed.
     */
    private static Result byCatalogue(AsaCatalogue.Entry e, Msg text, Parsed out) {
        switch (e.kind()) {
            case SYMPTOM, PROGRESS -> {
                boolean votes = e.event() != null && (e.kind() == AsaCatalogue.Kind.PROGRESS || Parsed.address(PeerFinder.find(text.text)) != null);
                if (votes) out.is(e.event()); else out.is(IKE_TRACE).attr("step", e.meaning());
                if (e.kind() == AsaCatalogue.Kind.SYMPTOM && e.event() == null) out.attr("unexplained", "true");
                // a data-plane report known only by its id (402xxx: bad padding, replay, FIPS refusals) names a
                // packet's source, not a tunnel: it makes no tunnel and lends no peer to the lines around it
                if (!votes && e.id().startsWith("402")) out.tunnelless = true;
                out.attr("msgId", e.id());
                return Result.MATCH;
            }
            case BENIGN -> {
                return Result.IGNORE;
            }
            default -> {
                return Result.NONE;
            }
        }
    }

    /** 113019 ends every VPN session; only its LAN-to-LAN sessions are a tunnel's. */
    private static boolean remoteAccessSession(String id, Msg text) {
        if (!id.equals("113019")) return false;
        int at = text.lower.indexOf("session type:");
        return at >= 0 && !text.lower.startsWith("lan-to-lan", at + "session type:".length() + (text.lower.startsWith(" ", at + 13) ? 1 : 0));
    }

    enum Result { MATCH, IGNORE, NONE }
}
