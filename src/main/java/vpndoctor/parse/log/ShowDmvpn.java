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
 * NBMA address (an incomplete entry) names no tunnel. An NBMA address too long for its column (IPv6)
 * stands alone on its line and the rest of the row follows on the next. 'show dmvpn ipv6' lists each
 * peer as a block ("1.Peer NBMA Address: A", "Tunnel IPv6 Address: T", "# Ent: 1, Status: UP, UpDn
 * Time: 00:02:39, Cache Attrib: D"): the same event, read from the block.
 */
final class ShowDmvpn extends StateBlock {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    private static final Pattern INTERFACE = Pattern.compile("^Interface:? +(Tunnel\\S*?),? +(?:IPv[46] NHRP Details|is )");
    private static final Pattern NBMA_ALONE = Pattern.compile("^\\d+ +" + ADDR + "$");
    private static final Pattern V6_NBMA = Pattern.compile("^\\d+\\.Peer NBMA Address: " + ADDR + "$");
    private static final Pattern V6_TUNNEL = Pattern.compile("^Tunnel IPv6 Address: " + ADDR + "$");
    private static final Pattern V6_STATE = Pattern.compile("^# Ent: \\d+, Status: ([A-Za-z]+), UpDn Time: (\\S+), Cache Attrib: ([A-Za-z0-9]+)");
    private static final Pattern TYPE = Pattern.compile("^Type: ?(Hub|Spoke)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^(?:\\d+ +(" + ADDR.substring(1, ADDR.length() - 1) + "|UNKNOWN) +)?" + ADDR
            + " +([A-Za-z]+) +(\\S+)(?: +([A-Za-z0-9]+))?(?: +\\S+)?$");

    private String ifc;
    private String role;
    private String nbma;
    private String v6Tunnel;

    static boolean opens(String trimmed) {
        return trimmed.startsWith("Interface: Tunnel") && trimmed.contains("NHRP Details")
                || trimmed.startsWith("# Ent") && trimmed.contains("Peer NBMA Addr");
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        Matcher m;
        if (trimmed.isEmpty() || trimmed.startsWith("-----") || trimmed.startsWith("# Ent ")) return ShowIpsecSa.Take.FILLER;
        if ((m = INTERFACE.matcher(trimmed)).find()) {
            ifc = m.group(1);
            nbma = null;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = TYPE.matcher(trimmed)).find()) {
            role = m.group(1).toLowerCase(Locale.ROOT);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = NBMA_ALONE.matcher(trimmed)).find() || (m = V6_NBMA.matcher(trimmed)).find()) {
            nbma = m.group(1);
            v6Tunnel = null;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = V6_TUNNEL.matcher(trimmed)).find()) {
            v6Tunnel = m.group(1);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (trimmed.startsWith("IPv6 Target Network:")) return ShowIpsecSa.Take.FILLER;
        if ((m = V6_STATE.matcher(trimmed)).find()) {
            peer(origin, seq, v6Tunnel, m.group(1), m.group(2), m.group(3));
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (isPrompt(trimmed) || !(m = ROW.matcher(trimmed)).find()) return ShowIpsecSa.Take.NOT_MINE;
        if (m.group(1) != null) nbma = m.group(1);
        peer(origin, seq, m.group(2), m.group(3), m.group(4), m.group(5));
        return ShowIpsecSa.Take.RELEVANT;
    }

    private void peer(Supplier<Origin> origin, long seq, String tunnelAddr, String state, String upDown, String attrb) {
        Parsed p = new Parsed();
        p.is(EventKind.SHOW_DMVPN_PEER);
        if (nbma == null || nbma.equals("UNKNOWN")) p.tunnelless = true;
        else p.peer(nbma);
        p.attr("tunnelAddr", tunnelAddr).attr("state", state.toUpperCase(Locale.ROOT)).attr("upDown", upDown)
                .attr("attrb", attrb).attr("interface", ifc).attr("nhrpRole", role);
        emit(p, List.of(origin.get()), seq);
    }

    @Override void close() {}

    @Override Platform platform() { return Platform.IOS; }
}
