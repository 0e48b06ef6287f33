package vpndoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vpndoctor.parse.config.ConfigReader;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.Finding;

/**
 * SARIF 2.1.0 for code-review tools: every root cause (level error) and not-ruled-out hypothesis
 * (level warning) whose evidence includes config lines becomes one result, ruleId = the cause ID,
 * located on its first config line (the others are related locations). A config line is an evidence
 * line whose fact the config reader read (its fact id, {@link ConfigReader#isConfigFactId}), so the
 * console's export works as the command does. Log lines are not files a reviewer edits, so findings
 * resting on logs alone are left out.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SarifReport() {}

    public static String render(Diagnosis d) {
        Map<String, Finding> rules = new LinkedHashMap<>();
        ArrayNode results = F.arrayNode();
        List<Finding> findings = new ArrayList<>(d.rootCauses());
        d.hypotheses().stream().filter(h -> !h.ruledOut()).forEach(findings::add);
        for (Finding f : findings) {
            List<EvidenceLine> lines = configLines(f);
            if (lines.isEmpty()) continue;
            rules.putIfAbsent(f.id(), f);
            boolean root = d.rootCauses().contains(f);
            ObjectNode r = results.addObject();
            r.put("ruleId", f.id());
            r.put("level", root ? "error" : "warning");
            r.putObject("message").put("text", message(f, root));
            r.putArray("locations").add(location(lines.get(0)));
            if (lines.size() > 1) {
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 1; i < lines.size(); i++) related.add(location(lines.get(i)).put("id", i));
            }
            ObjectNode props = r.putObject("properties");
            props.put("confidence", f.confidence());
            if (f.tunnel() != null) props.put("tunnel", f.tunnel());
            if (f.platform() != null) props.put("platform", f.platform());
            if (f.remediation() != null && !f.remediation().isEmpty()) {
                ArrayNode fix = props.putArray("remediation");
                f.remediation().forEach(fix::add);
            }
        }
        ObjectNode log = F.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vpn-doctor");
        driver.put("semanticVersion", "0.1.0");
        ArrayNode ruleArray = driver.putArray("rules");
        for (Finding f : rules.values()) {
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", f.id());
            if (f.summary() != null) rule.putObject("shortDescription").put("text", f.summary());
        }
        run.set("results", results);
        try {
            return JsonReport.mapper().writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the SARIF log", e);
        }
    }

    /** The finding's evidence lines read by the config reader, each file:line once, in the finding's order. */
    static List<EvidenceLine> configLines(Finding f) {
        if (f.evidence() == null) return List.of();
        Set<String> seen = new LinkedHashSet<>();
        List<EvidenceLine> out = new ArrayList<>();
        for (EvidenceLine e : f.evidence()) {
            if (e.line() > 0 && ConfigReader.isConfigFactId(e.factId()) && seen.add(e.where())) out.add(e);
        }
        return out;
    }

    private static String message(Finding f, boolean root) {
        StringBuilder m = new StringBuilder(f.id());
        if (f.summary() != null) m.append(": ").append(f.summary());
        m.append(String.format(Locale.ROOT, " (%s%s, confidence %.2f)", root ? "root cause" : "hypothesis",
                f.tunnel() == null ? "" : ", tunnel " + f.tunnel(), f.confidence()));
        if (f.remediation() != null && !f.remediation().isEmpty()) m.append(". Fix: ").append(String.join("; ", f.remediation()));
        return m.toString();
    }

    private static ObjectNode location(EvidenceLine e) {
        ObjectNode loc = F.objectNode();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(e.source()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", e.line());
        if (e.text() != null) region.putObject("snippet").put("text", e.text());
        return loc;
    }

    /** A relative path stays a relative URI reference (forward slashes, escaped); an absolute one becomes a file: URI. */
    static String uri(String source) {
        try {
            Path p = Path.of(source);
            if (p.isAbsolute()) return p.toUri().toString();
            return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
        } catch (InvalidPathException | URISyntaxException e) {
            return source;
        }
    }
}
