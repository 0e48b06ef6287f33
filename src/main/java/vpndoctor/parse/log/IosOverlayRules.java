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
                (m, o) -> overlay(o, m.group(1)).attr("type", m.group(2)).local(m.group(3)))
    );

    private IosOverlayRules() {}

    private static Parsed overlay(Parsed o, String iface) {
        o.tunnelless = true;
        o.peer = null;
        return o.attr("interface", iface);
    }
}
