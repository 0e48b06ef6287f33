package vpndoctor.parse.log;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * IOS/IOS-XE 'show ip nhrp [detail]': the NHRP cache, one entry per overlay address. An entry opens with
 * "10.0.0.2/32 via 10.0.0.2, Tunnel0 created 00:17:49, expire 00:01:30" (newer releases break it after the
 * "via" address: "192.168.0.0/16 via 10.0.0.1" then "Tunnel0 created 00:00:08, never expire"; an unresolved
 * entry has no "via": "10.1.1.4, Tunnel1 created ..."; old releases print "10.0.0.2 255.255.255.255, tunnel
 * 100 created ..."), then "Type: static, Flags: used" and "NBMA address: 172.17.0.2" (none for an incomplete
 * entry), with 'detail' "Cache hits:", "Group:", "Requester:" lines. The block opens on the command's prompt
 * line or on an entry line that names its tunnel interface. One SHOW_NHRP_ENTRY per entry, on the tunnel of
 * its NBMA address; an entry without one (Type: incomplete, Flags: negative) or for this router's own
 * networks (Flags: local) belongs to no tunnel.
 */
final class ShowIpNhrp extends StateBlock {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    private static final Pattern PROMPT = Pattern.compile("[#>] ?sh(?:ow?)? ip nhrp(?: detail| " + ADDR + "(?: \\S+)?)?\\s*$");
    /** Entry head: the overlay address (with /len or a dotted mask), an optional via, and the interface when on the same line. */
    private static final Pattern HEAD = Pattern.compile("^" + ADDR + "(?:/\\d+| \\d+\\.\\d+\\.\\d+\\.\\d+)?(?: via " + ADDR + ")?"
            + "(?:,? +([Tt]unnel ?\\d+(?:\\.\\d+)?) created \\S+,? +(?:expire \\S+|never expire))?$");
    private static final Pattern CREATED = Pattern.compile("^(Tunnel\\d+(?:\\.\\d+)?) created \\S+,? +(?:expire \\S+|never expire)$");
    private static final Pattern TYPE = Pattern.compile("^Type: *(\\w+),? +Flags:(.*)$");
    private static final Pattern NBMA = Pattern.compile("^NBMA address: " + ADDR);

    private Origin origin;
    private long seq;
    private String dest, via, ifc, type, flags, nbma;
    private boolean headOnly;

    /** The command line, or an entry head that names its interface (a paste without the prompt). */
    static boolean opens(String trimmed) {
        if (trimmed.contains("nhrp")) return PROMPT.matcher(trimmed).find();
        if (!trimmed.contains(" created ")) return false;
        Matcher m = HEAD.matcher(trimmed);
        return m.find() && m.group(3) != null;
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        Matcher m;
        if (dest == null && trimmed.contains("nhrp") && PROMPT.matcher(trimmed).find()) return ShowIpsecSa.Take.RELEVANT;
        if (trimmed.isEmpty() && dest == null) return ShowIpsecSa.Take.FILLER;
        if ((m = HEAD.matcher(trimmed)).find()) {
            finish();
            this.origin = origin.get();
            this.seq = seq;
            dest = m.group(1);
            via = m.group(2);
            ifc = m.group(3) == null ? null : m.group(3).replace(" ", "").replace("tunnel", "Tunnel");
            headOnly = m.group(3) == null;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (dest == null) return ShowIpsecSa.Take.NOT_MINE;
        if (headOnly && (m = CREATED.matcher(trimmed)).find()) {
            ifc = m.group(1);
            headOnly = false;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = TYPE.matcher(trimmed)).find()) {
            type = m.group(1).toLowerCase(java.util.Locale.ROOT);
            flags = m.group(2).trim();
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = NBMA.matcher(trimmed)).find()) {
            nbma = m.group(1);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (type != null && (trimmed.startsWith("Cache hits:") || trimmed.startsWith("Group:") || trimmed.startsWith("Requester:")
                || trimmed.startsWith("Preference:") || trimmed.equals("(no-socket)") || trimmed.startsWith("(Claimed NBMA address:"))) {
            return ShowIpsecSa.Take.FILLER;
        }
        return ShowIpsecSa.Take.NOT_MINE;
    }

    @Override
    void close() {
        finish();
    }

    private void finish() {
        // a head never followed by its Type line is no entry (another output's address line)
        if (dest != null && type != null) {
            Parsed p = new Parsed();
            p.is(EventKind.SHOW_NHRP_ENTRY);
            // a "local" entry maps this router's own networks to its own NBMA address: no peer
            boolean own = flags != null && (" " + flags + " ").contains(" local ");
            if (nbma != null && !own) p.peer(nbma);
            if (nbma == null || own) p.tunnelless = true;
            p.attr("nbma", nbma);
            p.attr("dest", dest).attr("via", via).attr("interface", ifc).attr("type", type).attr("flags", flags);
            emit(p, List.of(origin), seq);
        }
        dest = via = ifc = type = flags = nbma = null;
        headOnly = false;
    }

    @Override Platform platform() { return Platform.IOS; }
}
