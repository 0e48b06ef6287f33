package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.config.Ip;

/**
 * IOS-XE 'show crypto ikev2 sa' (and the sa part of 'show crypto ikev2 session') where the addresses
 * do not fit the row, as IPv6 ones never do: "Tunnel-id fvrf/ivrf Status", then the row
 * "1 none/none READY", then "Local ADDR/500" and "Remote ADDR/500" on lines of their own. Read as the
 * one-line row is (IsakmpDebugRules): one SHOW_ISAKMP_SA per SA, on the Remote address, resting on the
 * three lines. The detail lines after them (Encr:, Life/Active Time...) end the block and are read the
 * ordinary way.
 */
final class ShowIkev2Rows extends StateBlock {
    private static final Pattern ROW = Pattern.compile("^\\d+ +(?:\\S+/\\S+ +)?(READY|IN-NEG|DELETE|UNKNOWN)\\b");
    private static final Pattern END = Pattern.compile("^(Local|Remote) +" + Ip.ADDR + "/\\d+$");

    private String state;
    private String local;
    private final List<Origin> lines = new ArrayList<>(3);
    private long seq;
    private boolean seen;

    /** The split form is IOS-XE's alone (the ASA prints one row per SA, with a Role column). */
    @Override vpndoctor.model.Platform platform() { return seen ? vpndoctor.model.Platform.IOS : null; }

    /** The column head of the split form: no Local/Remote columns in it. */
    static boolean opens(String lower) {
        return lower.startsWith("tunnel-id ") && lower.endsWith("status") && !lower.contains(" local ");
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long seq) {
        if (trimmed.isEmpty()) return ShowIpsecSa.Take.FILLER;
        if (opens(trimmed.toLowerCase(java.util.Locale.ROOT))) {
            state = null;
            return ShowIpsecSa.Take.FILLER;
        }
        Matcher m = ROW.matcher(trimmed);
        if (state == null && m.find()) {
            state = "IKEV2_" + m.group(1).replace('-', '_');
            seen = true;
            lines.clear();
            lines.add(origin.get());
            this.seq = seq;
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (state != null && (m = END.matcher(trimmed)).find()) {
            lines.add(origin.get());
            if (m.group(1).equals("Local")) {
                local = m.group(2);
                return ShowIpsecSa.Take.RELEVANT;
            }
            Parsed p = new Parsed();
            p.is(EventKind.SHOW_ISAKMP_SA);
            p.peer(m.group(2)).local(local);
            p.attr("state", state).attr("ikev", "2");
            emit(p, lines, this.seq);
            state = null;
            local = null;
            return ShowIpsecSa.Take.RELEVANT;
        }
        return ShowIpsecSa.Take.NOT_MINE;
    }

    @Override void close() {}
}
