package vpndoctor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vpndoctor.result.Advice;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * JSON Lines: one object per tunnel (its root causes, hypotheses, benign findings and advice, in the
 * shapes of the JSON report), written one by one as they are serialised, then one last line with
 * "summary": the input accounting, unrecognized lines, notes and rule errors. A consumer can read a
 * report of 100k tunnels line by line; no single string of the whole report is ever built.
 */
public final class JsonLinesReport {
    private static final ObjectMapper JSON = newMapper();

    /** The mapper these lines are written with (a new one: tests compare a warmed one with a fresh one). */
    static ObjectMapper newMapper() {
        return new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    static ObjectMapper mapper() { return JSON; }

    private JsonLinesReport() {}

    /** One tunnel's line. */
    public record TunnelLine(String tunnel, List<Finding> rootCauses, List<Finding> hypotheses,
                             List<BenignFinding> benign, List<Advice> recommendations) {}

    /** The last line. */
    public record SummaryLine(boolean summary, int tunnels, Object input, Object unrecognized, List<String> notes, List<String> ruleErrors) {}

    public static void write(Diagnosis d, Writer out) {
        write(JSON, d, out);
    }

    static void write(ObjectMapper json, Diagnosis d, Writer out) {
        int n = writeTunnels(json, d, out);
        writeSummary(json, d, n, out);
    }

    /**
     * The tunnel lines of d (every tunnel once, in d.tunnels' order, then any named only by a
     * finding), without the summary: a batch of a diagnosis in batches. Returns how many were written.
     */
    public static int writeTunnels(Diagnosis d, Writer out) {
        return writeTunnels(JSON, d, out);
    }

    private static int writeTunnels(ObjectMapper json, Diagnosis d, Writer out) {
        Map<String, List<Finding>> roots = byTunnel(d.rootCauses(), Finding::tunnel);
        Map<String, List<Finding>> hyps = byTunnel(d.hypotheses(), Finding::tunnel);
        Map<String, List<BenignFinding>> benign = byTunnel(d.benign(), BenignFinding::tunnel);
        Map<String, List<Advice>> advice = byTunnel(d.recommendations(), Advice::tunnel);
        LinkedHashMap<String, Boolean> order = new LinkedHashMap<>();
        d.tunnels().forEach(t -> order.put(t, true));
        for (Map<String, ?> m : List.of(roots, hyps, benign, advice)) m.keySet().forEach(t -> order.putIfAbsent(t, true));
        try {
            for (String t : order.keySet()) {
                json.writeValue(out, new TunnelLine(t, roots.getOrDefault(t, List.of()), hyps.getOrDefault(t, List.of()),
                        benign.getOrDefault(t, List.of()), advice.getOrDefault(t, List.of())));
                out.write('\n');
            }
            return order.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last line: input accounting, unrecognized lines, notes and rule errors of d, and the number of tunnel lines. */
    public static void writeSummary(Diagnosis d, int tunnels, Writer out) {
        writeSummary(JSON, d, tunnels, out);
    }

    private static void writeSummary(ObjectMapper json, Diagnosis d, int tunnels, Writer out) {
        try {
            json.writeValue(out, new SummaryLine(true, tunnels, d.input(), d.unrecognized(), d.notes(), d.ruleErrors()));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, List<T>> byTunnel(List<T> items, java.util.function.Function<T, String> tunnel) {
        Map<String, List<T>> m = new HashMap<>();
        for (T x : items) m.computeIfAbsent(tunnel.apply(x), k -> new ArrayList<>(2)).add(x);
        return m;
    }

    public static String render(Diagnosis d) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(d, w);
        return w.toString();
    }
}
