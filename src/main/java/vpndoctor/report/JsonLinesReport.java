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
        try {
            return eachTunnel(d, line -> {
                json.writeValue(out, line);
                out.write('\n');
            });
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

    /** A stream of JSON Lines on out, written through one generator (see {@link Lines}). */
    public static Lines lines(Writer out) {
        return new Lines(JSON, out);
    }

    static Lines lines(ObjectMapper json, Writer out) {
        return new Lines(json, out);
    }

    /**
     * The lines of one report written through one generator: {@link #writeTunnels} and {@link #writeSummary}
     * made a generator per tunnel line, and each one's close flushed the writer down to the output stream
     * (100k write calls for 100k tunnels), with the root serializer looked up each time. The bytes are the
     * same (JsonLinesStreamTest): values at the root are separated by our '\n' only, nothing is flushed
     * before the summary line, which flushes everything.
     */
    public static final class Lines {
        private final JsonGenerator gen;
        private final com.fasterxml.jackson.databind.ObjectWriter tunnel;
        private final com.fasterxml.jackson.databind.ObjectWriter summary;
        private final Writer out;

        private Lines(ObjectMapper json, Writer out) {
            this.out = out;
            try {
                gen = json.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            gen.setRootValueSeparator(null);
            tunnel = json.writerFor(TunnelLine.class).without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            summary = json.writerFor(SummaryLine.class).without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        }

        /** The tunnel lines of d, as {@link JsonLinesReport#writeTunnels(Diagnosis, Writer)}; returns how many. */
        public int tunnels(Diagnosis d) {
            try {
                return eachTunnel(d, line -> {
                    tunnel.writeValue(gen, line);
                    gen.writeRaw('\n');
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The last line, as {@link JsonLinesReport#writeSummary(Diagnosis, int, Writer)}, then everything flushed to the output. */
        public void summary(Diagnosis d, int tunnels) {
            try {
                summary.writeValue(gen, new SummaryLine(true, tunnels, d.input(), d.unrecognized(), d.notes(), d.ruleErrors()));
                gen.writeRaw('\n');
                gen.flush();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface LineSink {
        void write(TunnelLine line) throws IOException;
    }

    /** Hands sink d's tunnel lines in order (every tunnel once, in d.tunnels' order, then any named only by a finding); returns how many. */
    private static int eachTunnel(Diagnosis d, LineSink sink) throws IOException {
        Map<String, List<Finding>> roots = byTunnel(d.rootCauses(), Finding::tunnel);
        Map<String, List<Finding>> hyps = byTunnel(d.hypotheses(), Finding::tunnel);
        Map<String, List<BenignFinding>> benign = byTunnel(d.benign(), BenignFinding::tunnel);
        Map<String, List<Advice>> advice = byTunnel(d.recommendations(), Advice::tunnel);
        LinkedHashMap<String, Boolean> order = new LinkedHashMap<>();
        d.tunnels().forEach(t -> order.put(t, true));
        for (Map<String, ?> m : List.of(roots, hyps, benign, advice)) m.keySet().forEach(t -> order.putIfAbsent(t, true));
        for (String t : order.keySet()) {
            sink.write(new TunnelLine(t, roots.getOrDefault(t, List.of()), hyps.getOrDefault(t, List.of()),
                    benign.getOrDefault(t, List.of()), advice.getOrDefault(t, List.of())));
        }
        return order.size();
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
