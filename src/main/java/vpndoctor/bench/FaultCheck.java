package vpndoctor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a report (JSON or JSON Lines) against a generator's expected-result file: each faulty
 * tunnel must have exactly its injected root cause, each healthy tunnel none, and no root cause may
 * name a tunnel the generator did not make. Tunnels that got no whole episode have no expected
 * verdict and are only counted.
 */
public final class FaultCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultCheck() {}

    /** The outcome: counts and the first few mismatches. */
    public record Result(int faulty, int faultyExact, int healthy, int healthyClean, int withoutEpisode,
                         int unknownTunnels, List<String> mismatches) {
        public boolean exact() { return faultyExact == faulty && healthyClean == healthy && unknownTunnels == 0; }

        public String summary() {
            return String.format("faulty tunnels exact: %d/%d, healthy clean: %d/%d, tunnels without a whole episode: %d, root causes on unknown tunnels: %d -> %s",
                    faultyExact, faulty, healthyClean, healthy, withoutEpisode, unknownTunnels, exact() ? "EXACT" : "MISMATCH");
        }
    }

    public static Result check(Path faults, Path report) throws IOException {
        Map<String, Set<String>> found = rootCausesByTunnel(report);
        JsonNode f = JSON.readTree(faults.toFile());
        int faulty = 0, faultyExact = 0, healthy = 0, healthyClean = 0, without = 0;
        List<String> bad = new java.util.ArrayList<>();
        Set<String> known = new java.util.HashSet<>();
        for (JsonNode t : f.get("tunnels")) {
            String peer = t.get("peer").asText();
            known.add(peer);
            JsonNode ep = t.get("episodes");
            if (ep != null && ep.asInt() == 0) { without++; continue; }
            JsonNode cause = t.get("expectedCause");
            Set<String> got = found.getOrDefault(peer, Set.of());
            if (cause == null || cause.isNull()) {
                healthy++;
                if (got.isEmpty()) healthyClean++;
                else if (bad.size() < 20) bad.add(peer + " healthy, found " + got);
            } else {
                faulty++;
                if (got.equals(Set.of(cause.asText()))) faultyExact++;
                else if (bad.size() < 20) bad.add(peer + " expected [" + cause.asText() + "], found " + got);
            }
        }
        int unknown = 0;
        for (String t : found.keySet()) if (!known.contains(t)) { unknown++; if (bad.size() < 20) bad.add(t + " not generated, found " + found.get(t)); }
        return new Result(faulty, faultyExact, healthy, healthyClean, without, unknown, bad);
    }

    private static Map<String, Set<String>> rootCausesByTunnel(Path report) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        // every top-level value, whatever the file's name: one --format json report, or JSON Lines (a line per tunnel);
        // telling them apart by ".jsonl" read only the first tunnel of a JSON Lines file named otherwise
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(report.toFile())) {
            while (values.hasNextValue()) {
                JsonNode n = values.nextValue();
                if (n.has("rootCauses")) add(out, n.get("rootCauses"));
            }
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, JsonNode roots) {
        if (roots == null) return;
        for (JsonNode r : roots) out.computeIfAbsent(r.get("tunnel").asText(), k -> new TreeSet<>()).add(r.get("id").asText());
    }

    public static int run(Path faults, Path report, PrintWriter out) throws IOException {
        Result r = check(faults, report);
        out.println(r.summary());
        r.mismatches().forEach(m -> out.println("  " + m));
        out.flush();
        return r.exact() ? 0 : 1;
    }
}
