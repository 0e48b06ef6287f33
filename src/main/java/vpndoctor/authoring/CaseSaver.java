package vpndoctor.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vpndoctor.Evidence;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * `diagnose ... --save-case DIR`: turns the evidence of a run into a case folder, with copies of
 * the inputs named the way a case folder is read (logs keep their name, configs become
 * local.cfg/peer.cfg) and today's conclusions as expected.json for the author to correct.
 */
public final class CaseSaver {
    public static final String DESCRIPTION_PLACEHOLDER =
            "TODO: what happened, and why the expected verdict is right (edit rootCauses/benign; add near misses to notRootCauses)";

    private CaseSaver() {}

    /**
     * True while a saved case's description has not been edited (still the placeholder, or a
     * TODO): such a case records today's output, not a judged verdict, so the check fails it.
     */
    public static boolean isPlaceholder(String description) {
        String d = description == null ? "" : description.strip();
        return d.contains(DESCRIPTION_PLACEHOLDER) || d.startsWith("TODO");
    }

    /** Writes the case; returns the files written. Refuses to overwrite an existing expected.json. */
    public static List<Path> save(Evidence evidence, Diagnosis diagnosis, Path dir) throws IOException {
        if (Files.exists(dir.resolve(CaseExpectation.FILE))) {
            throw new IOException(dir + ": already a case (has " + CaseExpectation.FILE + "); choose a new folder");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Evidence.Input in : evidence.inputs()) {
            Path target = dir.resolve(unique(targetName(in), used));
            try (InputStream s = in.bytes() != null ? new java.io.ByteArrayInputStream(in.bytes()) : Files.newInputStream(in.path())) {
                Files.copy(s, target);
            }
            written.add(target);
        }
        Path exp = dir.resolve(CaseExpectation.FILE);
        Files.writeString(exp, expectedJson(diagnosis), StandardCharsets.UTF_8);
        written.add(exp);
        return written;
    }

    /** expected.json holding the current verdict: the author confirms or corrects it. */
    static String expectedJson(Diagnosis d) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("description", DESCRIPTION_PLACEHOLDER);
        ArrayNode rc = root.putArray("rootCauses");
        new LinkedHashSet<>(d.rootCauses().stream().map(Finding::id).toList()).forEach(rc::add);
        ArrayNode b = root.putArray("benign");
        new LinkedHashSet<>(d.benign().stream().map(BenignFinding::id).toList()).forEach(b::add);
        root.putArray("notRootCauses");
        return json.writeValueAsString(root) + "\n";
    }

    /** A name Evidence.fromCaseFolder reads back as the same kind of input. */
    private static String targetName(Evidence.Input in) {
        switch (in.kind()) {
            case LOCAL_CONFIG: return "local.cfg";
            case PEER_CONFIG: return "peer.cfg";
            case OBSERVATIONS: {
                String n = fileName(in, "observations.json");
                return n.endsWith(".json") && !n.equals(CaseExpectation.FILE) ? n : "observations.json";
            }
            default: {
                String n = fileName(in, "stdin.log");
                return n.endsWith(".log") || n.endsWith(".log.gz") || n.endsWith(".txt") ? n : n + ".log";
            }
        }
    }

    private static String fileName(Evidence.Input in, String fallback) {
        if (in.path() != null) return in.path().getFileName().toString();
        String n = in.name() == null || in.name().isBlank() || in.name().equals("stdin") ? fallback : Path.of(in.name()).getFileName().toString();
        return n;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n); i++) n = i + "-" + name;
        return n;
    }
}
