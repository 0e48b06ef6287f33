package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;

/**
 * A traceroute's result on IOS or ASA/FTD: "Tracing the route to X", then one line per hop ("  1 192.0.2.1 4 msec
 * 0 msec 4 msec", "  2  *  *  *", a name with its address in brackets). One TRACEROUTE_RESULT event, no peer:
 * the destination, whether a hop answered from it (reached), the last hop that answered at all and the hop count.
 */
final class TracerouteResult extends StateBlock {
    private static final String ADDR = "(\\d{1,3}(?:\\.\\d{1,3}){3})";
    private static final Pattern HEAD = Pattern.compile("^tracing the route to (?:\\S+ \\()?" + ADDR);
    private static final Pattern HOP = Pattern.compile("^(\\d{1,3})\\s+(.*)$");
    private static final Pattern ANY_ADDR = Pattern.compile(ADDR);

    private final List<Origin> origins = new ArrayList<>(8);
    private Origin first;
    private long seq;
    private String dst;
    private String lastHop;
    private boolean reached;
    private int hops;

    static boolean opens(String lower) {
        return lower.startsWith("tracing the route to ") && HEAD.matcher(lower).find();
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long lineSeq) {
        String l = trimmed.toLowerCase(Locale.ROOT);
        Matcher m;
        if (first == null) {
            if (!(m = HEAD.matcher(l)).find()) return ShowIpsecSa.Take.NOT_MINE;
            first = origin.get();
            origins.add(first);
            seq = lineSeq;
            dst = m.group(1);
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (l.isEmpty() || l.startsWith("vrf info:") || l.startsWith("type escape sequence")) return ShowIpsecSa.Take.FILLER;
        if ((m = HOP.matcher(l)).find()) {
            hops = Integer.parseInt(m.group(1));
            Matcher a = ANY_ADDR.matcher(m.group(2));
            if (a.find()) {
                lastHop = a.group(1);
                if (lastHop.equals(dst)) reached = true;
            }
            origins.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        finish();
        return ShowIpsecSa.Take.NOT_MINE;
    }

    @Override
    void close() {
        finish();
    }

    private void finish() {
        if (first != null && hops > 0) {
            Parsed out = new Parsed();
            out.is(EventKind.TRACEROUTE_RESULT);
            out.tunnelless = true;
            out.addr("dst", dst);
            out.attr("reached", reached ? "true" : "false");
            if (lastHop != null) out.addr("lastHop", lastHop);
            out.attr("hops", Integer.toString(hops));
            emit(out, List.copyOf(origins), seq);
        }
        first = null;
        origins.clear();
        dst = lastHop = null;
        reached = false;
        hops = 0;
    }
}
