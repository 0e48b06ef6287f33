package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * IOS/IOS-XE 'show ip nhrp nhs [detail]': a spoke's next hop servers, opened by its legend line
 * ("Legend: E=Expecting replies, R=Responding, W=Waiting, D=Dynamic"), then per tunnel interface a
 * "TunnelN:" line and one row per NHS: its tunnel address, its flags (E, RE, ...), on newer releases
 * "NBMA Address: A", the priority and cluster, and with 'detail' the registration counters
 * (req-sent N req-failed N repl-recv N). Detail sub-lines (Current Request ID, Protection Socket) and
 * the "Pending Registration Requests" list belong to the block and carry nothing more.
 * One SHOW_NHRP_NHS event per row, on the tunnel named by the NBMA address (the address the crypto
 * session runs to). A row that prints no NBMA address names its peer only when it is the block's one
 * NHS (the device's one hub); among several, which hub it is cannot be told: nbma=UNKNOWN, and rules
 * read it about no tunnel.
 */
final class ShowNhrpNhs extends StateBlock {
    private static final String ADDR = vpndoctor.model.config.Ip.ADDR;
    private static final Pattern INTERFACE = Pattern.compile("^(Tunnel\\d+(?:\\.\\d+)?):$");
    private static final Pattern ROW = Pattern.compile("^" + ADDR + " +([RWED]{1,4}) +(?:NBMA Address: " + ADDR + " +)?priority = \\d+ +cluster = \\d+"
            + "(?: +req-sent (\\d+) +req-failed (\\d+) +repl-recv (\\d+))?");

    private record Row(String nhs, String flags, String nbma, String sent, String failed, String received, String ifc, Origin origin, long seq) {}

    private final List<Row> rows = new ArrayList<>(2);
    private String ifc;

    static boolean opens(String trimmed) {
        return trimmed.startsWith("Legend:") && trimmed.contains("E=Expecting replies");
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        Matcher m;
        if (opens(trimmed)) return ShowIpsecSa.Take.RELEVANT;
        if (trimmed.isEmpty() || trimmed.startsWith("Current Request ID:") || trimmed.startsWith("Protection Socket Requested:")
                || trimmed.equals("Pending Registration Requests:") || trimmed.startsWith("Registration Request: Reqid")) {
            return ShowIpsecSa.Take.FILLER;
        }
        if ((m = INTERFACE.matcher(trimmed)).find()) {
            ifc = m.group(1);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (isPrompt(trimmed) || !(m = ROW.matcher(trimmed)).find()) return ShowIpsecSa.Take.NOT_MINE;
        rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), ifc, origin.get(), seq));
        return ShowIpsecSa.Take.RELEVANT;
    }

    /** Rows are emitted when the block ends: whether a row without an NBMA address is the one NHS is known only then. */
    @Override
    void close() {
        for (Row r : rows) {
            Parsed p = new Parsed();
            p.is(EventKind.SHOW_NHRP_NHS);
            if (r.nbma() != null) p.peer(r.nbma()).attr("nbma", r.nbma());
            else if (rows.size() > 1) {
                // placement would still give it the input's one peer: the attribute says it is no one's
                p.tunnelless = true;
                p.attr("nbma", "UNKNOWN");
            }
            p.attr("nhs", r.nhs()).attr("nhsFlags", r.flags()).attr("interface", r.ifc())
                    .attr("reqSent", r.sent()).attr("reqFailed", r.failed()).attr("replRecv", r.received());
            if (r.flags().indexOf('R') < 0) p.attr("state", "NOT_RESPONDING");
            else p.attr("state", "RESPONDING");
            emit(p, List.of(r.origin()), r.seq());
        }
        rows.clear();
    }

    @Override Platform platform() { return Platform.IOS; }
}
