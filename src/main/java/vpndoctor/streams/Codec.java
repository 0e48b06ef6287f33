package vpndoctor.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import vpndoctor.monitor.Monitor.TunnelState;
import vpndoctor.result.Finding;

/**
 * JSON for what crosses the repartition topic ({@link KeyedLine}) and what the changelog keeps
 * ({@link TunnelState}). A stored verdict keeps what a verdict change prints (id, confidence,
 * platform, summary, remediation), not the explanation tree: that is rebuilt by the next diagnosis.
 */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {}

    static Serde<KeyedLine> keyedLines() { return serde(Codec::write, Codec::readLine); }

    static Serde<TunnelState> tunnelStates() { return serde(Codec::write, Codec::readState); }

    private static <T> Serde<T> serde(Function<T, ObjectNode> out, Function<JsonNode, T> in) {
        return Serdes.serdeFrom(
                (topic, v) -> v == null ? null : bytes(out.apply(v)),
                (topic, b) -> b == null ? null : in.apply(tree(b)));
    }

    static ObjectNode write(KeyedLine l) {
        ObjectNode o = JSON.createObjectNode();
        if (l.peer() != null) o.put("peer", l.peer());
        if (l.device() != null) o.put("device", l.device());
        o.put("time", l.time().toString());
        o.put("line", l.line());
        return o;
    }

    static KeyedLine readLine(JsonNode o) {
        return new KeyedLine(text(o, "peer"), text(o, "device"), Instant.parse(o.get("time").asText()), o.get("line").asText());
    }

    static ObjectNode write(TunnelState s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("peer", s.peer());
        if (s.device() != null) o.put("device", s.device());
        ArrayNode times = o.putArray("times");
        s.times().forEach(t -> times.add(t.toString()));
        ArrayNode lines = o.putArray("lines");
        s.lines().forEach(lines::add);
        ArrayNode verdict = o.putArray("verdict");
        for (Finding f : s.verdict()) {
            ObjectNode v = verdict.addObject();
            v.put("id", f.id());
            v.put("confidence", f.confidence());
            if (f.platform() != null) v.put("platform", f.platform());
            if (f.summary() != null) v.put("summary", f.summary());
            if (f.remediation() != null) f.remediation().forEach(v.withArray("remediation")::add);
        }
        if (s.since() != null) o.put("since", s.since().toString());
        o.put("up", s.up());
        o.put("pending", s.pending());
        return o;
    }

    static TunnelState readState(JsonNode o) {
        String peer = o.get("peer").asText();
        List<Instant> times = new ArrayList<>();
        o.get("times").forEach(t -> times.add(Instant.parse(t.asText())));
        List<String> lines = new ArrayList<>();
        o.get("lines").forEach(l -> lines.add(l.asText()));
        List<Finding> verdict = new ArrayList<>();
        for (JsonNode v : o.get("verdict")) {
            List<String> remediation = new ArrayList<>();
            if (v.has("remediation")) v.get("remediation").forEach(r -> remediation.add(r.asText()));
            verdict.add(new Finding(v.get("id").asText(), v.get("confidence").asDouble(), peer, text(v, "platform"), text(v, "summary"),
                    remediation, List.of(), List.of(), false, List.of(), List.of(), null));
        }
        String since = text(o, "since");
        return new TunnelState(peer, text(o, "device"), times, lines, verdict, since == null ? null : Instant.parse(since),
                o.get("up").asBoolean(), o.get("pending").asBoolean());
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] b) {
        try {
            return JSON.readTree(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
