package vpndoctor.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A case folder's expected.json: rootCauses (the verdict, the first is the main one), benign,
 * notRootCauses (near misses that must not be a verdict) and, optionally, hypotheses (causes that
 * must at least be considered: for a rule that only raises a candidate), notHypotheses (causes
 * that must not even be considered), and the fields of real captures (COMMON.md contract):
 * tunnels (the exact root-cause set of each tunnel), acceptable (IDs also accepted as the main
 * answer), source, platform, ike, evidence, families, doubtful. Old files without them still read.
 */
public record CaseExpectation(Path folder, List<String> rootCauses, List<String> benign, List<String> notRootCauses,
                              List<String> hypotheses, List<String> notHypotheses, String description,
                              Map<String, List<String>> tunnels, List<String> acceptable, Source source, String platform,
                              String ike, List<String> evidence, List<String> families, boolean doubtful) {
    public static final String FILE = "expected.json";
    /** A folder of held-out cases: never run by a walk that starts above it (scored once, on purpose, by naming it). */
    public static final String HELD_OUT = "real-heldout";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a real capture comes from: a page address or repository/path, its title, and which corpus it was found in. */
    public record Source(String url, String title, String corpus) {
        static final Source NONE = new Source("", "", "");
    }

    /** The old shape (rootCauses ... description): no real-capture fields. */
    public CaseExpectation(Path folder, List<String> rootCauses, List<String> benign, List<String> notRootCauses,
                           List<String> hypotheses, List<String> notHypotheses, String description) {
        this(folder, rootCauses, benign, notRootCauses, hypotheses, notHypotheses, description, Map.of(), List.of(),
                Source.NONE, "", "", List.of(), List.of(), false);
    }

    public static CaseExpectation read(Path folder) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(folder.resolve(FILE).toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(folder.resolve(FILE) + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) throw new IOException(folder.resolve(FILE) + ": expected a JSON object");
        Map<String, List<String>> tunnels = new LinkedHashMap<>();
        n.path("tunnels").fields().forEachRemaining(e -> tunnels.put(e.getKey(), list(e.getValue())));
        JsonNode src = n.path("source");
        Source source = src.isObject()
                ? new Source(src.path("url").asText(""), src.path("title").asText(""), src.path("corpus").asText(""))
                : new Source(src.asText(""), "", "");
        return new CaseExpectation(folder, list(n.path("rootCauses")), list(n.path("benign")), list(n.path("notRootCauses")),
                list(n.path("hypotheses")), list(n.path("notHypotheses")), n.path("description").asText(""),
                Collections.unmodifiableMap(tunnels), list(n.path("acceptable")), source, n.path("platform").asText(""),
                n.path("ike").asText(""), list(n.path("evidence")), list(n.path("families")), n.path("doubtful").asBoolean(false));
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) out.add(n.asText());
        else n.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }

    /** True when the expectation names each tunnel's exact root-cause set. */
    public boolean perTunnel() { return !tunnels.isEmpty(); }

    /** The main expected cause (first of rootCauses), or null for a healthy case. */
    public String main() { return rootCauses.isEmpty() ? null : rootCauses.get(0); }

    /** True when the folder is a case (holds an expected.json). */
    public static boolean isCase(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Every case folder directly under root (a folder with an expected.json), sorted; root itself when it is a case. */
    public static List<Path> caseFolders(Path root) throws IOException {
        if (isCase(root)) return List.of(root);
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(CaseExpectation::isCase).sorted().toList();
        }
    }

    /**
     * Every case folder at any depth under root, sorted by path; root itself when it is a case.
     * Below root, a folder named {@value #HELD_OUT} is never entered: held-out cases run only when
     * named as the root.
     */
    public static List<Path> allCaseFolders(Path root) throws IOException {
        if (isCase(root)) return List.of(root);
        List<Path> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Path dir, List<Path> out) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path c : children) {
            if (c.getFileName().toString().equals(HELD_OUT)) continue;
            if (isCase(c)) out.add(c);
            else walk(c, out);
        }
    }

    public String name() { return folder.getFileName().toString(); }
}
