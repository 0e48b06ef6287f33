package vpndoctor.console;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vpndoctor.Evidence;
import vpndoctor.model.Side;
import vpndoctor.parse.config.ConfigSecrets;
import vpndoctor.parse.log.LogSecrets;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Writes a console session as a case folder (the facts-samples layout): the logs, local.cfg and
 * peer.cfg with the assumptions applied, observations.json, and expected.json with the current
 * verdict. Retracted facts leave out the lines they were read from. Pre-shared keys are written as
 * a pseudonym derived from their digest, never in clear: equal keys stay equal, so a key mismatch
 * is still found. Then the folder is diagnosed afresh to check it gives the same verdict.
 */
final class CaseWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CaseWriter() {}

    /** Writes the folder; returns what was written and the result of the check. */
    static List<String> save(ConsoleSession s, Path dir) throws IOException {
        Files.createDirectories(dir);
        EvidenceState st = s.state();
        Set<String> dropped = new HashSet<>();
        for (FactKey k : st.retracted()) dropped.addAll(k.lines());
        List<String> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ArrayNode observations = JSON.createArrayNode();
        for (Evidence.Input in : st.logs()) {
            if (in.kind() == Evidence.Kind.OBSERVATIONS) {
                try (InputStream is = in.open()) {
                    JsonNode root = JSON.readTree(is);
                    for (JsonNode o : root.path("observations")) if (!dropped.contains(in.name() + "|" + o)) observations.add(o);
                }
                continue;
            }
            String name = unique(logName(in), names);
            Path target = dir.resolve(name);
            boolean touched = dropped.stream().anyMatch(d -> d.startsWith(in.name() + "|"));
            // never a byte copy: the secrets in a log (logged commands, a pasted show run) are masked on the way out
            if (name.endsWith(".gz")) target = dir.resolve(name = unique(name.substring(0, name.length() - 3), names));
            // untouched logs keep every byte (ISO-8859-1 maps bytes 1:1); edited ones are read as the parser read them
            java.nio.charset.Charset cs = touched ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            String text;
            try (InputStream is = in.open()) { text = new String(is.readAllBytes(), cs); }
            if (touched) {
                StringBuilder out = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    if (!dropped.contains(in.name() + "|" + line) && !dropped.contains(in.name() + "|" + line.stripTrailing())) out.append(line).append('\n');
                }
                text = out.toString().replaceAll("\n+$", "\n");
            }
            Files.writeString(target, LogSecrets.maskText(text), cs);
            written.add(name);
        }
        if (!observations.isEmpty()) {
            ObjectNode root = JSON.createObjectNode();
            root.set("observations", observations);
            Files.writeString(dir.resolve("observations.json"), JSON.writeValueAsString(root), StandardCharsets.UTF_8);
            written.add("observations.json");
        }
        for (Side side : Side.values()) {
            ConfigText cfg = st.config(side);
            if (cfg == null) continue;
            String file = side == Side.LOCAL ? "local.cfg" : "peer.cfg";
            StringBuilder out = new StringBuilder();
            for (String line : cfg.lines()) {
                ConfigSecrets.Masked m = ConfigSecrets.mask(line);
                boolean retracted = dropped.contains(cfg.name() + "|" + m.text());
                out.append(retracted ? "!" : ConfigSecrets.pseudonymised(line)).append('\n');
            }
            Files.writeString(dir.resolve(file), out.toString(), StandardCharsets.UTF_8);
            written.add(file);
        }
        Diagnosis d = s.diagnosis();
        Files.writeString(dir.resolve("expected.json"), expected(d, s), StandardCharsets.UTF_8);
        written.add("expected.json");
        List<String> report = new ArrayList<>();
        report.add("wrote " + dir + ": " + String.join(", ", written));
        Diagnosis again = s.doctor().diagnose(Evidence.fromCaseFolder(dir));
        if (ids(again).equals(ids(d))) report.add("check: 'diagnose " + dir + "' gives the same root causes " + ids(d));
        else report.add("warning: 'diagnose " + dir + "' gives " + ids(again) + ", the session has " + ids(d)
                + " (a retracted event seen more often than its kept sample lines cannot be written out)");
        report.add("edit " + dir.resolve("expected.json") + ": correct the verdict and replace the placeholder description (the case fails as a test until you do)");
        return report;
    }

    private static String expected(Diagnosis d, ConsoleSession s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode roots = root.putArray("rootCauses");
        ids(d).forEach(roots::add);
        ArrayNode benign = root.putArray("benign");
        d.benignIds().forEach(benign::add);
        root.putArray("notRootCauses");
        // the placeholder keeps the case from passing as a test until its author has judged the verdict
        root.put("description", vpndoctor.authoring.CaseSaver.DESCRIPTION_PLACEHOLDER + " [saved from the vpn-doctor console"
                + (s.undoLabels().isEmpty() ? "" : " after: " + String.join("; ", reversed(s.undoLabels()))) + "]");
        return JSON.writeValueAsString(root) + "\n";
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static Set<String> ids(Diagnosis d) {
        Set<String> ids = new TreeSet<>();
        for (Finding f : d.rootCauses()) ids.add(f.id());
        return ids;
    }

    private static String logName(Evidence.Input in) {
        String n = Path.of(in.name()).getFileName().toString();
        if (n.endsWith(".log") || n.endsWith(".log.gz")) return n;
        return n + ".log";
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n); i++) n = name.replaceFirst("(\\.log(\\.gz)?)$", "-" + i + "$1");
        return n;
    }
}
