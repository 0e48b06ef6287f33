package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.config.Ip;

/**
 * IOS/IOS-XE 'show crypto isakmp sa' and 'show crypto isakmp sa detail', IPv4 and IPv6 sections, read as
 * one table. The plain rows ("dst src state conn-id [slot] status") say no which end is ours: a
 * head-end's table lists one SA per peer, and the address every row shares is the device's own (it is
 * dst where the spokes initiated, src where the hub did). With one row, or no shared address, dst
 * stays the peer (the usual troubleshooting view: we initiate). So the rows are kept until the table
 * ends and then named. The detail rows ("C-id Local Remote [I-VRF] Status Encr Hash Auth DH Lifetime
 * Cap.") name both ends but no phase 1 state (their Status is the SA's, ACTIVE whatever its state): a
 * trace of the SA (IKE_TRACE), not a state snapshot. Titles, column heads and "Engine-id:Conn-id"
 * lines are read as the table's furniture.
 */
final class ShowIsakmpTable extends StateBlock {
    private static final String ADDR = Ip.ADDR;
    private static final Pattern ROW = Pattern.compile("^" + ADDR + " +" + ADDR
            + " +((?:MM|AG|QM)_[A-Z0-9_]+) +\\d+(?: +\\d+)? +(\\S+(?: \\(deleted\\))?)");
    private static final Pattern DETAIL_ROW = Pattern.compile("^\\d+ +" + ADDR + " +" + ADDR
            + " +(?:(\\S+) +)??(ACTIVE|INACTIVE|DELETED|NOT-ACTIVE)(?: \\(deleted\\))?\\b(?: +(\\S+) +(\\S+) +(\\S+) +(\\d+))?");

    private record Row(String dst, String src, String state, boolean deleted, Origin origin, long seq) {}

    private final List<Row> rows = new ArrayList<>();
    /** The IPv4 title or the column head, when the block has no row: the table printed empty (else null). */
    private Origin head;
    private long headSeq;
    /** A row was read: the table is IOS's (the ASA prints its SAs as blocks, PIX 6 rows have no status column). */
    private boolean seen;

    /** A title, a column head, or a plain row (a table pasted without its title). */
    static boolean opens(String trimmed, String lower) {
        if (lower.startsWith("ipv4 crypto isakmp sa") || lower.startsWith("ipv6 crypto isakmp sa")) return true;
        if (lower.startsWith("dst ") && lower.contains(" src ") && lower.contains("conn-id")) return true;
        if (lower.startsWith("c-id ") && lower.contains(" local ") && lower.contains(" remote ")) return true;
        if (!startsWithAddress(trimmed) || !(trimmed.contains("QM_") || trimmed.contains("MM_") || trimmed.contains("AG_"))) return false;
        Matcher m = ROW.matcher(trimmed);
        return m.find() && addresses(m);
    }

    /** Both ends are real addresses: a dotted quad with a part over 255 only has the shape of one. */
    private static boolean addresses(Matcher row) {
        return Ip.isAddress(row.group(1)) && Ip.isAddress(row.group(2));
    }

    /** A digit, or IPv6 text ("fe80::1"): a hex group and its colon within five characters (a syslog "Dec 06" is neither). */
    private static boolean startsWithAddress(String t) {
        if (t.isEmpty()) return false;
        if (Character.isDigit(t.charAt(0))) return true;
        int colon = t.indexOf(':');
        return colon > 0 && colon <= 4 && Character.digit(t.charAt(0), 16) >= 0;
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        if (trimmed.isEmpty()) return ShowIpsecSa.Take.FILLER;
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("ipv4 crypto isakmp sa") || lower.startsWith("dst ") && lower.contains(" src ")) {
            // IOS prints the column head under the IPv4 title even with no row: only the head marks a table
            // printed empty (a title alone may be a table cut short; an IPv6 title says nothing of IPv4 peers)
            if (head == null && lower.startsWith("dst ")) {
                head = origin.get();
                headSeq = seq;
            }
            return ShowIpsecSa.Take.FILLER;
        }
        if (lower.startsWith("ipv6 crypto isakmp sa") || lower.startsWith("c-id ") && lower.contains(" remote ")
                || lower.startsWith("engine-id:conn-id")) {
            return ShowIpsecSa.Take.FILLER;
        }
        Matcher m = ROW.matcher(trimmed);
        if (m.find() && addresses(m)) {
            seen = true;
            rows.add(new Row(Ip.canonical(m.group(1)), Ip.canonical(m.group(2)), m.group(3), m.group(4).contains("deleted"), origin.get(), seq));
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = DETAIL_ROW.matcher(trimmed)).find()) {
            seen = true;
            Parsed p = new Parsed();
            p.is(EventKind.IKE_TRACE);
            p.peer(m.group(2)).local(m.group(1));
            p.attr("step", "show isakmp sa detail").attr("status", m.group(4)).attr("ivrf", m.group(3));
            emit(p, List.of(origin.get()), seq);
            return ShowIpsecSa.Take.RELEVANT;
        }
        return ShowIpsecSa.Take.NOT_MINE;
    }

    @Override
    void close() {
        if (rows.isEmpty() && !seen && head != null) {
            // no row at all: no IKEv1 SA with any peer when it was printed (a fact of the device, not of a tunnel)
            Parsed p = new Parsed();
            p.is(EventKind.SHOW_NO_IKE_SA);
            p.tunnelless = true;
            p.attr("ikev", "1");
            emit(p, List.of(head), headSeq);
            head = null;
            return;
        }
        String own = shared();
        for (Row r : rows) {
            Parsed p = new Parsed();
            p.is(EventKind.SHOW_ISAKMP_SA);
            if (own == null) {
                p.peer(r.dst);
            } else {
                p.peer(own.equals(r.dst) ? r.src : r.dst).local(own);
            }
            p.attr("state", r.state).attr("src", r.src).attr("deleted", r.deleted ? "true" : null);
            emit(p, List.of(r.origin), r.seq);
        }
        rows.clear();
    }

    /** The address in every row of a table of two or more rows that name other ends too, else null. */
    private String shared() {
        if (rows.size() < 2) return null;
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) {
            seen.merge(r.dst, 1, Integer::sum);
            if (!r.src.equals(r.dst)) seen.merge(r.src, 1, Integer::sum);
        }
        String own = null;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (e.getValue() == rows.size()) {
                if (own != null) return null; // two addresses in every row: one pair listed twice, nothing to tell
                own = e.getKey();
            }
        }
        return own;
    }


    @Override Platform platform() { return seen ? Platform.IOS : null; }
}
