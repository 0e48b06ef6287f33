package vpndoctor.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A case folder's expected.json: rootCauses, benign, notRootCauses. */
public record CaseExpectation(Path folder, List<String> rootCauses, List<String> benign, List<String> notRootCauses, String description) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CaseExpectation read(Path folder) throws IOException {
        JsonNode n = JSON.readTree(folder.resolve("expected.json").toFile());
        return new CaseExpectation(folder, list(n, "rootCauses"), list(n, "benign"), list(n, "notRootCauses"), n.path("description").asText(""));
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(x -> out.add(x.asText()));
        return out;
    }

    /** Every case folder under root (a folder with an expected.json), sorted. */
    public static List<Path> caseFolders(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
        }
    }

    public String name() { return folder.getFileName().toString(); }
}
