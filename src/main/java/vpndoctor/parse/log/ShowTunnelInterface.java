package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * IOS/IOS-XE 'show interfaces TunnelN' (whole, or cut by '| include Tun'): opened by "TunnelN is up, line protocol is
 * down", it is the device's own word on a tunnel interface: its line state, why the line is down ("Tunnel linestate
 * evaluation down - linestate protection reg down", "- keepalive down"), its source and destination, its
 * encapsulation ("Tunnel protocol/transport GRE/IP", "IPSEC/IP" for a VTI, "multi-GRE/IP") and its protection
 * ('Tunnel protection via IPSec (profile "P")'). One SHOW_TUNNEL_INTERFACE event per interface, on the tunnel named by
 * its destination (none for a multipoint tunnel: its destination is UNKNOWN). The counters and settings lines of the
 * output belong to the block and carry nothing the rules read.
 */
final class ShowTunnelInterface extends StateBlock {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    private static final Pattern HEAD = Pattern.compile("^(Tunnel\\d+(?:\\.\\d+)?) is (up|down|administratively down|reset|deleted), line protocol is (up|down)\\b");
    private static final Pattern LINESTATE = Pattern.compile("^Tunnel linestate evaluation (up|down)(?: - (.+))?$");
    private static final Pattern ENDS = Pattern.compile("^Tunnel source (?<src>" + ADDR + "|UNKNOWN)?(?: ?\\((?<srcIf>[^)]+)\\))?,? ?(?:destination (?<dst>" + ADDR + "|UNKNOWN))?");
    private static final Pattern TRANSPORT = Pattern.compile("^Tunnel protocol/transport (\\S+)");
    private static final Pattern PROTECTION = Pattern.compile("^Tunnel protection via IPSec \\(profile \"([^\"]+)\"\\)");
    /** The other lines of the output (settings, counters, sub-blocks): the block's own, read for nothing. */
    private static final Pattern FILLER = Pattern.compile("^(?:Hardware is|Description:|Internet address|Interface is unnumbered|MTU \\d|reliability|Encapsulation|Keepalive|Tunnel |"
            + "Key |Checksumming|Path MTU|Fast tunneling|src-track|dst-track|Last input|Last clearing|Input queue|Queueing strategy|Output queue|"
            + "Conversations|Reserved Conversations|Available Bandwidth|\\d+ (?:minute|second) (?:input|output) rate|\\d+ packets (?:input|output)|"
            + "Received \\d|\\d+ (?:input|output) errors|\\d+ unknown protocol|\\d+ output buffer|\\d+ carrier|\\d+ babbles|\\d+ lost carrier|"
            + "Tunnel Subblocks:|Tunnel\\d+ source tracking|Set of tunnels)");

    private final List<Origin> lines = new ArrayList<>(4);
    private Parsed reading;
    private long seq;

    static boolean opens(String trimmed) {
        return trimmed.startsWith("Tunnel") && HEAD.matcher(trimmed).find();
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        Matcher m;
        if ((m = HEAD.matcher(trimmed)).find()) {
            close();
            reading = new Parsed();
            reading.is(EventKind.SHOW_TUNNEL_INTERFACE);
            String admin = m.group(2).toUpperCase(Locale.ROOT).replace(' ', '_');
            reading.attr("interface", m.group(1)).attr("status", admin).attr("lineProtocol", m.group(3).toUpperCase(Locale.ROOT));
            this.seq = seq;
            lines.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (reading == null || trimmed.isEmpty() || isPrompt(trimmed)) return ShowIpsecSa.Take.NOT_MINE;
        if ((m = LINESTATE.matcher(trimmed)).find()) {
            reading.attr("linestate", m.group(1).toUpperCase(Locale.ROOT));
            if (m.group(2) != null) reading.attr("linestateReason", reason(m.group(2)));
        } else if ((m = ENDS.matcher(trimmed)).find() && (m.group("src") != null || m.group("dst") != null)) {
            if (m.group("src") != null && !m.group("src").equals("UNKNOWN")) reading.local(m.group("src"));
            if (m.group("srcIf") != null) reading.attr("sourceInterface", m.group("srcIf"));
            String dst = m.group("dst");
            if (dst != null && !dst.equals("UNKNOWN")) {
                reading.peer(dst);
                if (reading.peer != null) reading.attr("destination", reading.peer);
            }
        } else if ((m = TRANSPORT.matcher(trimmed)).find()) {
            reading.attr("transport", m.group(1));
        } else if ((m = PROTECTION.matcher(trimmed)).find()) {
            reading.attr("protection", m.group(1));
        } else if (FILLER.matcher(trimmed).find()) {
            return ShowIpsecSa.Take.FILLER;
        } else {
            return ShowIpsecSa.Take.NOT_MINE;
        }
        lines.add(origin.get());
        return ShowIpsecSa.Take.RELEVANT;
    }

    /** The reason after "linestate evaluation down - ", without IOS's repeated "linestate " prefix ("protection reg down"). */
    static String reason(String printed) {
        String r = printed.trim().toLowerCase(Locale.ROOT);
        return r.startsWith("linestate ") ? r.substring("linestate ".length()) : r;
    }

    @Override
    void close() {
        if (reading == null) return;
        if (!reading.attrs.containsKey("destination")) reading.tunnelless = true; // a multipoint tunnel or a cut output: about no one peer
        emit(reading, lines, seq);
        reading = null;
        lines.clear();
    }

    @Override Platform platform() { return Platform.IOS; }
}
