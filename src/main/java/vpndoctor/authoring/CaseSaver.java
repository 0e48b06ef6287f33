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
import vpndoctor.parse.config.ConfigSecrets;
import vpndoctor.parse.log.LogSecrets;
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
            String name = targetName(in);
            // logs and configs are never byte copies: their secrets are masked (keys as pseudonyms, so equal stays equal)
            boolean text = in.kind() != Evidence.Kind.OBSERVATIONS;
            if (text && name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
            Path target = dir.resolve(unique(name, used));
            try (InputStream s = in.bytes() != null ? new java.io.ByteArrayInputStream(in.bytes()) : in.open()) {
                if (!text) Files.copy(s, target);
                else Files.writeString(target, masked(in.kind(), new String(s.readAllBytes(), StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
            }
            written.add(target);
        }
        Path exp = dir.resolve(CaseExpectation.FILE);
        Files.writeString(exp, expectedJson(diagnosis), StandardCharsets.UTF_8);
        written.add(exp);
        return written;
    }

    /** The text of an input fit to write: configs line by line as the config masker sees them, logs as the log masker does. */
    public static String masked(Evidence.Kind kind, String text) {
        if (kind == Evidence.Kind.LOCAL_CONFIG || kind == Evidence.Kind.PEER_CONFIG) return LogSecrets.eachLine(text, ConfigSecrets::pseudonymised);
        return LogSecrets.maskText(text);
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
