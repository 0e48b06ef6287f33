package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.Origin;
import vpndoctor.model.config.Ip;

/**
 * A ping's result on IOS or ASA/FTD ("Sending 5, 100-byte ICMP Echos to X", the "!!!!!" / "....." /
 * "?????" line, "Success rate is N percent (r/s)"), with the command line before it when pasted
 * ("R1#ping X source Y", "asa# ping inside X", the extended ping's prompts). One PING_RESULT event:
 * the destination and the source the ping used (an address or an interface; none when the device
 * sourced it from its own outgoing interface), the counts, and its shape: all, none, first-lost
 * (".!!!!": the first echo starts IKE or ARP and is lost, the rest pass) or partial.
 */
final class PingResult extends StateBlock {
    private static final String ADDR = "(\\d{1,3}(?:\\.\\d{1,3}){3})";
    private static final Pattern COMMAND = Pattern.compile("(?:^|[#>] ?)ping +(.*)$");
    private static final Pattern SENDING = Pattern.compile("^sending (\\d+), \\d+-byte icmp echos? to " + ADDR);
    private static final Pattern SOURCE = Pattern.compile("^packet sent with a source address of " + ADDR);
    private static final Pattern TARGET = Pattern.compile("^target ip address: *" + ADDR);
    private static final Pattern SOURCE_PROMPT = Pattern.compile("^source address or interface: *(\\S+)");
    private static final Pattern MARKS = Pattern.compile("^[!.?UQM&]+$");
    private static final Pattern RATE = Pattern.compile("^success rate is (\\d+) percent \\((\\d+)/(\\d+)\\)");
    /** IOS ping keywords after the destination that take a value; "source" is read, the others skipped. */
    private static final java.util.Set<String> WITH_VALUE = java.util.Set.of("repeat", "size", "timeout", "data", "tos", "ttl", "interval", "vrf");

    private final Parsed p = new Parsed();
    private final List<Origin> origins = new ArrayList<>(4);
    private final StringBuilder marks = new StringBuilder();
    private Origin first;
    private long seq;
    private boolean ended;

    static boolean opens(String trimmed) {
        return opens(trimmed, trimmed.toLowerCase(Locale.ROOT));
    }

    /** As {@link #opens(String)}, given the line's lower-case copy l. */
    static boolean opens(String trimmed, String l) {
        return l.startsWith("sending ") && SENDING.matcher(l).find()
                || l.contains("ping ") && (l.contains("#ping ") || l.contains("# ping ") || l.contains(">ping ") || l.contains("> ping ")) && isPrompt(trimmed);
    }

    @Override
    ShowIpsecSa.Take offer(String trimmed, Supplier<Origin> origin, long lineSeq) {
        String l = trimmed.toLowerCase(Locale.ROOT);
        Matcher m;
        if (l.isEmpty()) return first == null || ended ? ShowIpsecSa.Take.NOT_MINE : ShowIpsecSa.Take.FILLER;
        if (first == null && !ended && isPrompt(trimmed) && (m = COMMAND.matcher(trimmed)).find()) {
            start(origin, lineSeq);
            command(m.group(1));
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (ended) return ShowIpsecSa.Take.NOT_MINE;
        if ((m = SENDING.matcher(l)).find()) {
            if (first != null && (marks.length() > 0 || p.attrs.containsKey("sent") && origins.size() > 1)) finish();
            start(origin, lineSeq);
            p.attr("sent", m.group(1));
            p.attrs.remove("dst");
            p.addr("dst", m.group(2));
            origins.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if (first == null) return ShowIpsecSa.Take.NOT_MINE;
        if ((m = SOURCE.matcher(l)).find()) {
            p.attrs.remove("srcIf");
            p.addr("src", m.group(1));
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = TARGET.matcher(l)).find()) {
            p.addr("dst", m.group(1));
            return ShowIpsecSa.Take.FILLER;
        }
        if ((m = SOURCE_PROMPT.matcher(l)).find()) {
            source(trimmed.substring(trimmed.indexOf(':') + 1).trim());
            return ShowIpsecSa.Take.FILLER;
        }
        if (MARKS.matcher(trimmed).find()) {
            if (marks.length() < 200) marks.append(trimmed, 0, Math.min(trimmed.length(), 200 - marks.length()));
            origins.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        if ((m = RATE.matcher(l)).find()) {
            p.attr("percent", m.group(1));
            p.attr("replies", m.group(2));
            p.attr("sent", m.group(3));
            origins.add(origin.get());
            finish();
            ended = true;
            return ShowIpsecSa.Take.RELEVANT;
        }
        // the extended ping's questions and the abort hint
        if (l.startsWith("type escape sequence") || l.contains("]:") || l.startsWith("sweep ")) return ShowIpsecSa.Take.FILLER;
        if (l.startsWith("no route to host") || l.contains("unrecognized host")) {
            p.attr("reason", l.startsWith("no route") ? "no route" : "unknown host");
            origins.add(origin.get());
            return ShowIpsecSa.Take.RELEVANT;
        }
        finish();
        return ShowIpsecSa.Take.NOT_MINE;
    }

    /** "X source Y repeat 10", "inside X", "vrf A X", "ip X": the destination, then the source. */
    private void command(String rest) {
        String[] w = rest.trim().split("\\s+");
        String firstName = null;
        for (int i = 0; i < w.length; i++) {
            String word = w[i].toLowerCase(Locale.ROOT);
            if (word.equals("source") && i + 1 < w.length) {
                source(w[++i]);
            } else if (WITH_VALUE.contains(word)) {
                i++;
            } else if (Ip.isAddress(w[i]) && !p.attrs.containsKey("dst")) {
                p.addr("dst", w[i]);
                // ASA: 'ping inside X' sources the echo from the named interface
                if (firstName != null && !p.attrs.containsKey("src")) p.attr("srcIf", firstName);
            } else if (i == 0 && !word.equals("ip") && !p.attrs.containsKey("dst")) {
                firstName = w[i];
            }
        }
    }

    private void source(String s) {
        if (Ip.isAddress(s)) {
            p.attrs.remove("srcIf");
            p.addr("src", s);
        } else if (!s.isEmpty()) {
            p.attr("srcIf", s);
        }
    }

    private void start(Supplier<Origin> origin, long lineSeq) {
        if (first != null) return;
        first = origin.get();
        origins.add(first);
        seq = lineSeq;
    }

    @Override
    void close() {
        finish();
    }

    private void finish() {
        if (first != null && (marks.length() > 0 || p.attrs.containsKey("percent") || p.attrs.containsKey("reason"))) {
            Parsed out = new Parsed();
            out.is(EventKind.PING_RESULT);
            out.tunnelless = true;
            out.attrs.putAll(p.attrs);
            if (marks.length() > 0) out.attr("pattern", marks.toString());
            out.attr("shape", shape(marks.toString(), out.attrs.get("replies"), out.attrs.get("sent")));
            if (!out.attrs.containsKey("percent")) out.attr("truncated", "true");
            List<Origin> o = new ArrayList<>(origins.size());
            for (Origin x : origins) if (!o.contains(x)) o.add(x);
            emit(out, o, seq);
        }
        first = null;
        origins.clear();
        marks.setLength(0);
        p.reset();
    }

    /** all, none, first-lost (one or two leading losses, then every echo answered) or partial. */
    static String shape(String marks, String replies, String sent) {
        if (!marks.isEmpty()) {
            int bang = marks.length() - marks.replace("!", "").length();
            if (bang == marks.length()) return "all";
            if (bang == 0) return "none";
            return marks.matches("^[.]{1,2}!+$") ? "first-lost" : "partial";
        }
        if (replies == null || sent == null) return "unknown";
        if (replies.equals("0")) return "none";
        return replies.equals(sent) ? "all" : "partial";
    }
}
