package vpndoctor.parse.log;

import vpndoctor.model.config.Ip;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;

/**
 * A pasted routing table (IOS 'show ip route', ASA 'show route'), from its "Gateway of last resort"
 * line on: one SHOW_ROUTE_TABLE event with the destination prefixes and whether a default route
 * exists. It answers the question one-way IPsec counters raise: does this device have a route back
 * into the tunnel for the other side's protected network? No peer: whose table it is, the rules
 * read from the other show output of the same source.
 */
final class ShowRoutes {
    private static final String ADDR = "(\\d{1,3}(?:\\.\\d{1,3}){3})";
    /** "S     192.168.1.0/24 [1/0] via ...", "C  10.0.0.0 255.255.255.0 is directly connected, inside", "S* 0.0.0.0/0 ..." */
    private static final Pattern ROUTE = Pattern.compile(
            "^[A-Za-z*%+&]{1,3}(?: [A-Za-z0-9*]{1,3})?\\*? +" + ADDR + "(?:/(\\d{1,2})| " + ADDR + ")? +(?:\\[\\d+/\\d+\\]|is directly connected|is a summary)");
    /** Classful headers of IOS: "192.168.0.0/24 is variably subnetted, ...", "10.0.0.0/24 is subnetted, 1 subnets". */
    private static final Pattern HEADER = Pattern.compile("^" + ADDR + "(?:/\\d{1,2})? is (?:variably )?subnetted");

    private final Set<String> prefixes = new LinkedHashSet<>();
    private final Origin origin;
    private final String time;
    private final long seq;
    private boolean defaultRoute;

    private ShowRoutes(Origin origin, String time, long seq, boolean gatewaySet) {
        this.origin = origin;
        this.time = time;
        this.seq = seq;
        this.defaultRoute = gatewaySet;
    }

    /** A table starts at its "Gateway of last resort is ..." line. */
    static ShowRoutes opens(String trimmed, java.util.function.Supplier<Origin> origin, String time, long seq) {
        String l = trimmed.toLowerCase(Locale.ROOT);
        if (!l.startsWith("gateway of last resort is ")) return null;
        return new ShowRoutes(origin.get(), time, seq, !l.contains("not set"));
    }

    /** True when the line belongs to the table (a route, a classful header, a continuation or a blank line). */
    boolean take(String trimmed) {
        if (trimmed.isEmpty() || HEADER.matcher(trimmed).find()) return true;
        if (trimmed.startsWith("[") || trimmed.startsWith("via ")) return true; // a second path of the route above
        Matcher m = ROUTE.matcher(trimmed);
        if (!m.find()) return false;
        String net = m.group(1);
        String prefix = m.group(2) != null ? m.group(2) : m.group(3) != null ? Integer.toString(Ip.maskToPrefix(m.group(3))) : "32";
        if ("0.0.0.0".equals(net) && "0".equals(prefix)) defaultRoute = true;
        prefixes.add(net + "/" + prefix);
        return true;
    }

    /** The table as one event. */
    void toParsed(Parsed out) {
        out.is(EventKind.SHOW_ROUTE_TABLE);
        out.tunnelless = true;
        out.attr("prefixes", String.join(" ", prefixes));
        out.attr("default", Boolean.toString(defaultRoute));
    }

    Origin origin() { return origin; }
    String time() { return time; }
    long seq() { return seq; }
}
