package vpndoctor.parse.log;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * IOS/IOS-XE 'show dmvpn' (IPv4 NHRP details): per tunnel interface a "Type:Hub|Spoke" line, then one
 * row per peer: "# Ent, Peer NBMA Addr, Peer Tunnel Add, State, UpDn Tm, Attrb". One SHOW_DMVPN_PEER
 * event per row, on the tunnel named by the NBMA address (the address the crypto session runs to);
 * a continuation row (a second tunnel address of the same NBMA peer) keeps that peer; an UNKNOWN
 * NBMA address (an incomplete entry) names no tunnel.
 */
final class ShowDmvpn extends StateBlock {
    private static final String ADDR = "(\\d{1,3}(?:\\.\\d{1,3}){3})";
    private static final Pattern INTERFACE = Pattern.compile("^Interface:? +(Tunnel\\S*?),? +(?:IPv4 NHRP Details|is )");
    private static final Pattern TYPE = Pattern.compile("^Type: ?(Hub|Spoke)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^(?:\\d+ +(" + ADDR.substring(1, ADDR.length() - 1) + "|UNKNOWN) +)?" + ADDR
            + " +([A-Za-z]+) +(\\S+)(?: +([A-Za-z0-9]+))?(?: +\\S+)?$");

    private String ifc;
    private String role;
    private String nbma;

    static boolean opens(String trimmed) {
        return trimmed.startsWith("Interface: Tunnel") && trimmed.contains("NHRP Details")
                || trimmed.startsWith("# Ent") && trimmed.contains("Peer NBMA Addr");
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        Matcher m;
        if (trimmed.isEmpty() || trimmed.startsWith("-----") || trimmed.startsWith("# Ent")) return ShowIpsecSa.Take.FILLER;
        if ((m = INTERFACE.matcher(trimmed)).find()) {
            ifc = m.group(1);
            nbma = null;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = TYPE.matcher(trimmed)).find()) {
            role = m.group(1).toLowerCase(Locale.ROOT);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (isPrompt(trimmed) || !(m = ROW.matcher(trimmed)).find()) return ShowIpsecSa.Take.NOT_MINE;
        if (m.group(1) != null) nbma = m.group(1);
        Parsed p = new Parsed();
        p.is(EventKind.SHOW_DMVPN_PEER);
        if (nbma == null || nbma.equals("UNKNOWN")) p.tunnelless = true;
        else p.peer(nbma);
        p.attr("tunnelAddr", m.group(2)).attr("state", m.group(3).toUpperCase(Locale.ROOT)).attr("upDown", m.group(4))
                .attr("attrb", m.group(5)).attr("interface", ifc).attr("nhrpRole", role);
        emit(p, List.of(origin.get()), seq);
        return ShowIpsecSa.Take.RELEVANT;
    }

    @Override void close() {}

    @Override Platform platform() { return Platform.IOS; }
}
