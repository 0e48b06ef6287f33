package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.bench.FaultCheck;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.cli.Main;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Issue 14: tunnels diagnosed in batches (TunnelBatches) get the verdicts one session gives, and
 * `diagnose --format jsonl` streamed batch by batch writes the tunnels and verdicts of the whole report.
 */
class BatchedDiagnosisTest {
    @TempDir Path dir;

    /** Per tunnel: root causes, hypotheses (id, confidence, ruled out), benign IDs, advice; as text to compare. */
    private static Map<String, String> verdicts(List<Diagnosis> parts) {
        Map<String, List<String>> m = new TreeMap<>();
        for (Diagnosis d : parts) {
            for (String t : d.tunnels()) m.computeIfAbsent(t, k -> new ArrayList<>());
            for (Finding f : d.rootCauses()) m.computeIfAbsent(f.tunnel(), k -> new ArrayList<>()).add("root " + f.id() + " " + Math.round(f.confidence() * 1e6));
            for (Finding f : d.hypotheses()) m.computeIfAbsent(f.tunnel(), k -> new ArrayList<>()).add("hyp " + f.id() + " " + Math.round(f.confidence() * 1e6) + " " + f.ruledOut());
            d.benign().forEach(b -> m.computeIfAbsent(b.tunnel(), k -> new ArrayList<>()).add("benign " + b.id()));
            d.recommendations().forEach(a -> m.computeIfAbsent(a.tunnel(), k -> new ArrayList<>()).add("advice " + a.causeId() + " " + a.command()));
        }
        Map<String, String> out = new TreeMap<>();
        m.forEach((t, l) -> out.put(t, l.stream().sorted().toList().toString()));
        return out;
    }

    @Test
    void everySampleCaseOneTunnelPerBatchGetsTheVerdictsOfOneSession() throws Exception {
        int multi = 0;
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (Path f : CaseExpectation.allCaseFolders(TestDoctor.samples())) {
            assertThat(f.toString()).doesNotContain(CaseExpectation.HELD_OUT);
            LoadedEvidence loaded = EvidenceLoader.load(Evidence.fromCaseFolder(f));
            if (TunnelBatches.split(loaded.facts()).byGroup().size() < 2) continue; // one batch: the one-session path itself
            multi++;
            Diagnosis whole = Engine.of(TestDoctor.get()).diagnose(loaded);
            List<Diagnosis> parts = new ArrayList<>();
            Diagnosis summary = TunnelBatches.run(Engine.of(TestDoctor.get()), loaded, 1, parts::add);
            soft.assertThat(parts.size()).as(f.toString()).isGreaterThan(1);
            soft.assertThat(verdicts(parts)).as(f.toString()).isEqualTo(verdicts(List.of(whole)));
            soft.assertThat(summary.tunnels()).as(f.toString()).containsExactlyInAnyOrderElementsOf(whole.tunnels());
            soft.assertThat(summary.ruleErrors()).as(f.toString()).containsExactlyInAnyOrderElementsOf(whole.ruleErrors());
        }
        soft.assertAll();
        assertThat(multi).as("sample cases with two or more tunnels in their logs").isGreaterThanOrEqualTo(5);
    }

    private static String jsonl(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    /** tunnel -> its line without the order of lists that a sort may give differently; plus the summary. */
    private static Map<String, JsonNode> byTunnel(String jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> m = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            JsonNode n = json.readTree(line);
            m.put(n.has("summary") ? "(summary)" : n.get("tunnel").asText(), n);
        }
        return m;
    }

    @Test
    void streamedJsonLinesInBatchesEqualTheWholeReportOnAGeneratedMultiTunnelLog() throws Exception {
        Path log = dir.resolve("g.log");
        SyslogGenerator g = new SyslogGenerator(20_000, 40, 7, SyslogGenerator.autoShare(20_000, 40));
        try (var out = Files.newOutputStream(log)) {
            g.write(out);
        }
        Path faults = dir.resolve("g.log.faults.json");
        Files.writeString(faults, g.faultsJson(0));
        String batched = jsonl("diagnose", "--format", "jsonl", "--tunnels-per-batch", "7", log.toString());
        String whole = jsonl("diagnose", "--format", "jsonl", "--tunnels-per-batch", "100000", log.toString());
        Map<String, JsonNode> b = byTunnel(batched), w = byTunnel(whole);
        assertThat(b.keySet()).hasSize(41).isEqualTo(w.keySet());
        for (String t : w.keySet()) assertThat(b.get(t)).as(t).isEqualTo(w.get(t));
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report, batched);
        FaultCheck.Result r = FaultCheck.check(faults, report);
        assertThat(r.exact()).as(r.summary() + r.mismatches()).isTrue();
        assertThat(r.faulty() + r.healthy()).isEqualTo(40);
    }
}
