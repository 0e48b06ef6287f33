package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * IOS/IOS-XE GRE and DMVPN overlay messages whose wording names the fault the catalogue row alone does
 * not (catalog/ios-messages.tsv keeps the mnemonic; these rules read the reason). Both name an interface,
 * not a peer: the event is tied to no tunnel by the lines around it (a hub's neighbours are other spokes).
 */
final class IosOverlayRules {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;

    static final List<Rule> RULES = List.of(
        // %TUN-5-RECURDOWN: "Tunnel0 temporarily disabled due to recursive routing" (Cisco TechNote 22327; some
        // releases and pastes write "Interface Tunnel 0")
        Rule.re("recursive routing", "(Tunnel) ?(\\d+(?:\\.\\d+)?) temporarily disabled due to recursive routing", TUNNEL_RECURSIVE_ROUTING,
                (m, o) -> overlay(o, m.group(1) + m.group(2))),
        // %DMVPN-3-DMVPN_NHRP_ERROR: "Tunnel0: Recieved wrong authentication string for  Registration Request , Reason:
        // authentication failure (11) on (Tunnel: <ours> NBMA: <ours>)" (IOS's own spelling; code 11 is RFC 2332's
        // Authentication Failure). Another NHRP error of the same mnemonic stays the catalogue's trace.
        Rule.re("wrong authentication string", "(Tunnel\\d+(?:\\.\\d+)?): Rec(?:ie|ei)ved wrong authentication string for\\s+(.+?)\\s*,"
                + "\\s*Reason:\\s*authentication failure \\(11\\)(?:.*?NBMA: " + ADDR + ")?", NHRP_AUTH_FAILED,
                (m, o) -> overlay(o, m.group(1)).attr("type", m.group(2)).local(m.group(3))),
        // %DMVPN-5-NHRP_NHS_DOWN / NHRP_NHS_UP: "Tunnel0: Next Hop Server : (Tunnel: 172.16.0.1 NBMA: 203.0.113.2 ) for
        // (Tunnel: 172.16.0.2 NBMA: 198.51.100.2) is DOWN, Reason: External(NHRP: no error)" / "... is  UP". The NHS's
        // tunnel address may print UNKNOWN (an NHS given by NBMA name only); its NBMA address is the crypto session's peer.
        Rule.re("next hop server", "(Tunnel\\d+(?:\\.\\d+)?): Next Hop Server ?: ?\\(Tunnel: (\\S+) NBMA: (\\S+?) ?\\) for \\(Tunnel: \\S+ NBMA: "
                + ADDR + " ?\\) is +(DOWN|UP)(?:, Reason: ([^(]*?) ?(?:\\(NHRP: ([^)]*)\\))?)?\\s*$", NHRP_NHS_STATE,
                (m, o) -> nhs(m, o)),
        // %DMVPN-5-CRYPTO_SS: "Tunnel0: local address : 198.51.100.2 remote address : 203.0.113.2 socket is DOWN"
        Rule.re("socket is", "(Tunnel\\d+(?:\\.\\d+)?): local address ?: ?" + ADDR + " remote address ?: ?" + ADDR + " socket is (UP|DOWN)",
                DMVPN_CRYPTO_SOCKET, (m, o) -> o.attr("interface", m.group(1)).local(m.group(2)).peer(m.group(3))
                        .attr("state", m.group(4).toUpperCase(java.util.Locale.ROOT)))
    );

    private IosOverlayRules() {}

    private static void nhs(java.util.regex.Matcher m, Parsed o) {
        o.attr("interface", m.group(1)).attr("nhs", m.group(2)).peer(m.group(3)).local(m.group(4))
                .attr("nbma", Parsed.address(m.group(3)) != null ? null : "UNKNOWN")
                .attr("state", m.group(5).toUpperCase(java.util.Locale.ROOT)).attr("reason", m.group(6)).attr("error", m.group(7));
        // an NHS whose NBMA address the spoke does not know names no crypto peer: no tunnel's, not the lines around it
        if (Parsed.address(m.group(3)) == null) o.tunnelless = true;
    }

    private static Parsed overlay(Parsed o, String iface) {
        o.tunnelless = true;
        o.peer = null;
        return o.attr("interface", iface);
    }
}
