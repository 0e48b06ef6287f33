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
        Rule.re("invalid spi", "from " + ADDR + " to " + ADDR, INVALID_SPI, (m, o) -> o.peer(m.group(1)).local(m.group(2)), "proto", "esp"),
        // 402114 in 8.x+ wording: "Received an ESP packet (SPI= ..) from A (user= A) to B. The decapsulating SA is not found."
        Rule.re("decapsulating sa is not found", "from " + ADDR + "(?: \\(user= ?\\S+\\))? to " + ADDR, INVALID_SPI,
                (m, o) -> o.peer(m.group(1)).local(m.group(2)), "proto", "esp"),
        Rule.re("doesn't match the negotiated policy", "from " + ADDR + "(?: \\(user= ?\\S+\\))? to " + ADDR, INVALID_PROXY_IDS,
                (m, o) -> o.peer(m.group(1)).local(m.group(2)), "detail", "inner packet does not match SA policy"),
        Rule.re("has been created", "(inbound|outbound) .*?SA \\(SPI= ?\\S+\\) between " + ADDR + " and " + ADDR,
                P2_COMPLETED, (m, o) -> o.attr("direction", m.group(1)).peer(m.group(3)).local(m.group(2))),
        Rule.re("has been deleted", "(inbound|outbound) .*?SA \\(SPI= ?\\S+\\) between " + ADDR + " and " + ADDR,
                SA_CLEARED, (m, o) -> o.attr("direction", m.group(1)).peer(m.group(3)).local(m.group(2))),
        Rule.of("failed anti-replay checking", IKE_TRACE, "step", "anti-replay check failed"),
        Rule.re("pmtu", "greater than effective mtu (\\d+)", PMTU_EXCEEDED, (m, o) -> o.attr("mtu", m.group(1))),
        Rule.re("clear crypto", "'(clear crypto[^']*)'", SA_CLEARED, (m, o) -> o.attr("command", m.group(1).trim()).attr("by", "operator")),
        Rule.re("session disconnected", "Reason: ?(.*)$", TUNNEL_DOWN, (m, o) -> o.attr("reason", m.group(1))),
        Rule.of("session disconnected", TUNNEL_DOWN)
    );

    private AsaSyslogParser() {}

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

    /** True when the id belongs to a family whose unknown messages should be shown to rule authors. */
    static boolean vpnFamily(String id) {
        return id != null && (id.startsWith("7") || id.startsWith("402") || id.startsWith("602") || id.equals("113019"));
    }

    static Result parse(String id, Msg text, Parsed out) {
        if (id == null) return Result.NONE;
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
        if (Rule.first(OTHER, text, out)) return Result.MATCH;
        if (id.startsWith("111")) return Result.IGNORE; // other commands typed by the operator
        return Result.NONE;
    }

    enum Result { MATCH, IGNORE, NONE }
}
