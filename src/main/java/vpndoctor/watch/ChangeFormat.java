package vpndoctor.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vpndoctor.monitor.Monitor;
import vpndoctor.monitor.VerdictChange;
import vpndoctor.result.Finding;

/** How a verdict change is written: one JSON object (watch, serve, Kafka) or one readable line (a terminal). */
public final class ChangeFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ChangeFormat() {}

    /** {"time","tunnel","event","rootCauses":[{"id","confidence","summary","platform"}],"previous":[ids]}. */
    public static Map<String, Object> map(VerdictChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", c.time().toString());
        m.put("tunnel", c.tunnel());
        m.put("event", c.event().label());
        m.put("rootCauses", causes(c.rootCauses()));
        m.put("previous", c.previous());
        return m;
    }

    public static List<Map<String, Object>> causes(List<Finding> fs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : fs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", f.id());
            r.put("confidence", f.confidence());
            if (f.summary() != null) r.put("summary", f.summary());
            if (f.platform() != null) r.put("platform", f.platform());
            if (f.remediation() != null && !f.remediation().isEmpty()) r.put("remediation", f.remediation());
            out.add(r);
        }
        return out;
    }

    public static String json(VerdictChange c) {
        try {
            return JSON.writeValueAsString(map(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(VerdictChange c) {
        StringBuilder b = new StringBuilder(HMS.format(c.time())).append("  ").append(c.tunnel()).append("  ")
                .append(c.event().label().toUpperCase());
        if (c.rootCauses().isEmpty()) b.append("  was ").append(String.join(", ", c.previous()));
        for (Finding f : c.rootCauses()) b.append(String.format("  %s %.2f (%s)", f.id(), f.confidence(), f.summary()));
        return b.toString();
    }

    /** The end-of-run summary (stderr). */
    public static String summary(Monitor m, double seconds) {
        Monitor.Stats s = m.stats();
        StringBuilder b = new StringBuilder();
        b.append(String.format("vpn-doctor watch: %d lines (%d kept by the parser, %d of them about no tunnel) in %.1f s; %d diagnoses; %d faults, %d changes, %d cleared%n",
                s.lines, s.relevant, s.unattributed, seconds, s.diagnoses, s.faults, s.changes, s.clears));
        List<Monitor.TunnelView> ts = m.tunnels();
        long faulty = ts.stream().filter(t -> !t.rootCauses().isEmpty()).count();
        b.append(String.format("tunnels tracked: %d, with a fault now: %d%n", ts.size(), faulty));
        for (Monitor.TunnelView t : ts) {
            if (t.rootCauses().isEmpty()) continue;
            b.append("  ").append(t.tunnel()).append(": ");
            b.append(String.join(", ", t.rootCauses().stream().map(f -> String.format("%s %.2f", f.id(), f.confidence())).toList()));
            b.append(" since ").append(t.since()).append('\n');
        }
        return b.toString();
    }
}
