package vpndoctor.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A case folder's expected.json: rootCauses (the verdict), benign, notRootCauses (near misses that
 * must not be a verdict) and, optionally, hypotheses (causes that must at least be considered:
 * for a rule that only raises a candidate) and notHypotheses (causes that must not even be
 * considered: the near miss of such a rule).
 */
public record CaseExpectation(Path folder, List<String> rootCauses, List<String> benign, List<String> notRootCauses,
                              List<String> hypotheses, List<String> notHypotheses, String description) {
    public static final String FILE = "expected.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CaseExpectation read(Path folder) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(folder.resolve(FILE).toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(folder.resolve(FILE) + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        return new CaseExpectation(folder, list(n, "rootCauses"), list(n, "benign"), list(n, "notRootCauses"),
                list(n, "hypotheses"), list(n, "notHypotheses"), n.path("description").asText(""));
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(x -> out.add(x.asText()));
        return out;
    }

    /** True when the folder is a case (holds an expected.json). */
    public static boolean isCase(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Every case folder under root (a folder with an expected.json), sorted; root itself when it is a case. */
    public static List<Path> caseFolders(Path root) throws IOException {
        if (isCase(root)) return List.of(root);
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(CaseExpectation::isCase).sorted().toList();
        }
    }

    public String name() { return folder.getFileName().toString(); }
}
