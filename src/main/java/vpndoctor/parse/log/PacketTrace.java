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
import vpndoctor.model.config.Ip;

/**
 * ASA/FTD 'packet-tracer input IFACE PROTO SRC ... DST ...': the device runs one simulated packet
 * through its own configuration and prints each phase (Phase: N / Type / Subtype / Result: ALLOW|DROP
 * / Config / Additional Information) and a final Result block (input and output interface, Action,
 * Drop-reason). One PACKET_TRACE event per run: which phase dropped it, whether a VPN phase encrypted
 * it, whether NAT translated its source, and the flow the command named, so rules can place the flow
 * in a tunnel (its crypto ACL or its SA selectors). A run pasted twice is one event counted twice; a
 * second run of the same flow with another outcome is another event (the first run of a flow whose SA
 * is not up starts the negotiation and drops at VPN).
 */
final class PacketTrace extends StateBlock {
    private static final String ADDR = "\\d{1,3}(?:\\.\\d{1,3}){3}";
    private static final Pattern COMMAND = Pattern.compile("(?:^|[#>] ?)packet-tracer input (\\S+) (\\S+) (.*)$");
    private static final Pattern PHASE = Pattern.compile("^phase: ?(\\d+)$");
    private static final Pattern TRANSLATE = Pattern.compile(
            "^(dynamic|static) translate (" + ADDR + ")/\\d+ to (" + ADDR + ")/\\d+");
    /** UN-NAT phase: "Untranslate 10.2.2.20/80 to 10.2.2.20/80": the destination, when the command line was cut. */
    private static final Pattern UNTRANSLATE = Pattern.compile("^untranslate (" + ADDR + ")/\\d+ to ");
    private static final Pattern NEXT_HOP = Pattern.compile("using egress ifc +(\\S+?)(?:\\(vrfid:\\d+\\))?$");
    private static final Pattern DROP_REASON = Pattern.compile("^drop-reason: ?\\(([a-z0-9\\-]+)\\)");
    /** Phase and result-block fields that carry nothing read here. */
    private static final String[] FIELDS = {
        "input-status:", "input-line-status:", "output-status:", "output-line-status:", "time taken:", "elapsed time:",
        "module information", "drop-location:", "input-interface:", "output-interface:", "action:", "drop-reason:",
        "config:", "additional information:", "type:", "subtype:", "result:", "phase:",
    };

    private enum Where { START, PHASE, FREE, BETWEEN, RESULT }

    private Where where = Where.START;
    private final List<Origin> origins = new ArrayList<>(6);
    /** The Result block's Action and Drop-reason lines: shown first (an event keeps five lines). */
    private final List<Origin> verdict = new ArrayList<>(2);
    /** The Config lines of the dropping phase (two at most): the rule that dropped it, shown next. */
    private final List<Origin> dropLines = new ArrayList<>(2);
    private Origin first;
    private long seq;
    private final Parsed p = new Parsed();
    // the phase being read
    private String type = "";
    private String subtype = "";
    private int phases;
    private boolean vpnAllow, vpnDrop;
    private String dropPhase;
    /** True while the phase being read is the one that dropped: its Config lines are evidence too. */
    private boolean dropping;

    static boolean opens(String trimmed) {
        return opens(trimmed, trimmed.toLowerCase(Locale.ROOT));
    }

    /** As {@link #opens(String)}, given the line's lower-case copy l. */
    static boolean opens(String trimmed, String l) {
        return l.contains("packet-tracer input ") && COMMAND.matcher(l).find() || l.startsWith("phase:") && PHASE.matcher(l).find();
    }

    @Override
    Platform platform() { return first == null ? null : Platform.ASA; }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long lineSeq) {
        String l = trimmed.toLowerCase(Locale.ROOT);
        Matcher m;
        if (l.contains("packet-tracer input ") && (m = COMMAND.matcher(trimmed)).find()) {
            finish();
            start(origin, lineSeq);
            command(m.group(1), m.group(2), m.group(3));
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (l.isEmpty()) {
            if (where == Where.FREE || where == Where.PHASE) where = Where.BETWEEN;
            return ShowIpsecSa.Take.FILLER;
        }
        if ((m = PHASE.matcher(l)).find()) {
            if (where == Where.RESULT || where == Where.START && first != null && phases > 0) finish();
            start(origin, lineSeq);
            endPhase();
            phases++;
            where = Where.PHASE;
            return ShowIpsecSa.Take.FILLER;
        }
        if (first == null) return ShowIpsecSa.Take.NOT_MINE;
        if (MessageParser.syslogMarker(trimmed) >= 0 || isPrompt(trimmed)) return ShowIpsecSa.Take.NOT_MINE;
        if (l.equals("result:")) {
            endPhase();
            where = Where.RESULT;
            return ShowIpsecSa.Take.FILLER;
        }
        if (where == Where.RESULT) return result(trimmed, l, origin);
        if (where == Where.PHASE || where == Where.FREE) return phaseLine(trimmed, l, origin);
        // between phases only phase headers, the result block and blank lines belong to the run
        return ShowIpsecSa.Take.NOT_MINE;
    }

    private ShowIpsecSa.Take phaseLine(String trimmed, String l, Supplier<Origin> origin) {
        if (where == Where.PHASE) {
            if (l.startsWith("type:")) {
                type = trimmed.substring(5).trim().toUpperCase(Locale.ROOT);
                return ShowIpsecSa.Take.FILLER;
            }
            if (l.startsWith("subtype:")) {
                subtype = l.substring(8).trim();
                return ShowIpsecSa.Take.FILLER;
            }
            if (l.startsWith("result:")) {
                String r = l.substring(7).trim();
                if (r.startsWith("drop")) {
                    if (dropPhase == null) {
                        dropPhase = type.isEmpty() ? "UNKNOWN" : type;
                        dropping = true;
                    }
                    origins.add(origin.get());
                    if (type.equals("VPN")) vpnDrop = true;
                    return ShowIpsecSa.Take.RELEVANT;
                }
                if (r.startsWith("allow") && type.equals("VPN") && (subtype.isEmpty() || subtype.startsWith("encrypt"))) {
                    vpnAllow = true;
                    origins.add(origin.get());
                    return ShowIpsecSa.Take.RELEVANT;
                }
                return ShowIpsecSa.Take.FILLER;
            }
            if (l.startsWith("config:") || l.startsWith("additional information:")) {
                where = Where.FREE;
                return ShowIpsecSa.Take.FILLER;
            }
        }
        // the phase's configuration and additional information: free text up to the next blank line
        if (l.startsWith("elapsed time:") || l.startsWith("time taken:") || l.startsWith("config:")) return ShowIpsecSa.Take.FILLER;
        Matcher m;
        if (type.equals("NAT") && (m = TRANSLATE.matcher(l)).find() && !p.attrs.containsKey("from")) {
            p.attr("from", m.group(2));
            p.attr("to", m.group(3));
            p.attr("nat", m.group(2).equals(m.group(3)) ? "identity" : "translated");
            origins.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (type.equals("UN-NAT") && !p.attrs.containsKey("dst") && (m = UNTRANSLATE.matcher(l)).find()) p.addr("dst", m.group(1));
        if (type.contains("ROUTE-LOOKUP") && (m = NEXT_HOP.matcher(trimmed)).find()) p.attrs.putIfAbsent("egress", m.group(1));
        where = Where.FREE;
        if (dropping && dropLines.size() < 2 && !l.startsWith("additional information")) {
            dropLines.add(origin.get()); // the rule that dropped it, as the device names it
            return ShowIpsecSa.Take.RELEVANT;
        }
        return ShowIpsecSa.Take.FILLER;
    }

    private ShowIpsecSa.Take result(String trimmed, String l, Supplier<Origin> origin) {
        Matcher m;
        if (l.startsWith("input-interface:")) {
            p.attr("srcIf", iface(trimmed.substring(16)));
            return ShowIpsecSa.Take.FILLER;
        }
        if (l.startsWith("output-interface:")) {
            p.attr("dstIf", iface(trimmed.substring(17)));
            return ShowIpsecSa.Take.FILLER;
        }
        if (l.startsWith("action:")) {
            p.attr("action", l.substring(7).trim().split(" ")[0]);
            verdict.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = DROP_REASON.matcher(l)).find()) {
            p.attr("dropReason", m.group(1));
            verdict.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        for (String f : FIELDS) if (l.startsWith(f)) return ShowIpsecSa.Take.FILLER;
        finish();
        return ShowIpsecSa.Take.NOT_MINE;
    }

    /** "inside(vrfid:0)" -> "inside"; "NP Identity Ifc" (to the box) as written. */
    private static String iface(String v) {
        String s = v.trim();
        int paren = s.indexOf("(vrfid");
        return paren > 0 ? s.substring(0, paren) : s;
    }

    /** The command's words after the protocol: the first address is the source, the next the destination. */
    private void command(String iface, String proto, String rest) {
        p.attr("srcIf", iface);
        p.attr("proto", proto.toLowerCase(Locale.ROOT));
        String[] words = rest.trim().split("\\s+");
        int found = 0;
        for (String w : words) {
            if (w.equalsIgnoreCase("decrypted")) p.attr("decrypted", "true");
            if (found < 2 && Ip.isAddress(w)) p.addr(found++ == 0 ? "src" : "dst", w);
        }
    }

    private void start(Supplier<Origin> origin, long lineSeq) {
        if (first != null) return;
        first = origin.get();
        origins.add(first);
        seq = lineSeq;
        p.is(EventKind.PACKET_TRACE);
        p.tunnelless = true;
    }

    private void endPhase() {
        dropping = false;
        type = "";
        subtype = "";
    }

    @Override
    void close() {
        finish();
    }

    private void finish() {
        if (first != null && (phases > 0 || p.attrs.containsKey("action"))) {
            Parsed out = new Parsed();
            out.is(EventKind.PACKET_TRACE);
            out.tunnelless = true;
            out.attrs.putAll(p.attrs);
            String egress = out.attrs.remove("egress");
            if (!out.attrs.containsKey("dstIf") && egress != null) out.attr("dstIf", egress);
            if (vpnDrop) out.attr("vpnPhase", "drop");
            else if (vpnAllow) out.attr("vpnPhase", "allow");
            if (dropPhase != null) out.attr("dropPhase", dropPhase);
            if (!out.attrs.containsKey("action") && dropPhase != null) out.attr("action", "drop");
            if (!out.attrs.containsKey("action")) out.attr("truncated", "true");
            List<Origin> shown = new ArrayList<>(origins.size() + verdict.size());
            shown.add(first);
            shown.addAll(verdict);
            shown.addAll(dropLines);
            for (Origin o : origins) if (!shown.contains(o)) shown.add(o);
            emit(out, shown, seq);
        }
        first = null;
        origins.clear();
        verdict.clear();
        dropLines.clear();
        p.reset();
        phases = 0;
        vpnAllow = vpnDrop = false;
        dropPhase = null;
        where = Where.START;
        endPhase();
    }
}
