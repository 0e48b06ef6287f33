package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.parse.log.LogFiles;
import vpndoctor.report.JsonLinesReport;
import vpndoctor.result.Diagnosis;

/**
 * The shape memo (ShapeMemo) changes no byte of a report: every sample case, the corpora fixtures and
 * generated multi-tunnel logs give the same JSON Lines (every finding, explanation tree and evidence
 * line) with the memo on and off, batch by batch.
 */
class ShapeMemoEquivalenceTest {
    @TempDir Path dir;

    private static MemoRun report(LoadedEvidence loaded, int perBatch, int threads, boolean memo) {
        return MemoRun.of(loaded, perBatch, threads, memo);
    }

    /** Compares on and off; returns how many tunnels the memo re-bound. */
    private static int sameBothWays(LoadedEvidence loaded, int perBatch, int threads, String what) {
        MemoRun off = report(loaded, perBatch, threads, false);
        MemoRun on = report(loaded, perBatch, threads, true);
        assertThat(on.jsonl()).as(what).isEqualTo(off.jsonl());
        assertThat(off.memo()).isNull();
        return on.memo() == null ? 0 : on.memo().hits.get();
    }

    @Test
    void everySampleCaseGivesTheSameReportWithAndWithoutTheMemo() throws Exception {
        int cases = 0;
        for (Path f : CaseExpectation.allCaseFolders(TestDoctor.samples())) {
            assertThat(f.toString()).doesNotContain(CaseExpectation.HELD_OUT);
            LoadedEvidence loaded = EvidenceLoader.load(Evidence.fromCaseFolder(f));
            if (TunnelBatches.split(loaded.facts()).byGroup().size() < 2) continue; // one session: the memo is not asked
            cases++;
            sameBothWays(loaded, 1, 1, f.toString());
        }
        assertThat(cases).isGreaterThanOrEqualTo(5);
    }

    @Test
    void corporaFixturesGiveTheSameReportWithAndWithoutTheMemo() throws Exception {
        Assumptions.assumeTrue(LogFiles.corporaDir() != null, "no ../shared/corpora folder: skipped");
        List<Path> logs = LogFiles.corporaLogs();
        assertThat(logs).isNotEmpty();
        for (Path log : logs) {
            LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
            for (int perBatch : new int[] {1, 3}) sameBothWays(loaded, perBatch, 1, log + " per batch " + perBatch);
        }
    }

    @Test
    void generatedLogsGiveTheSameReportWithAndWithoutTheMemo() throws Exception {
        AtomicInteger rebound = new AtomicInteger();
        // lines, tunnels, seed, dense (every line a VPN line) or the generator's sparse default
        int[][] shapes = {{6_000, 60, 1, 0}, {20_000, 300, 2, 1}, {30_000, 1_000, 3, 0}};
        for (int[] g : shapes) {
            {
                double share = g[3] == 1 ? 0.97 : SyslogGenerator.autoShare(g[0], g[1]);
                Path log = dir.resolve("g-" + g[1] + "-" + g[2] + "-" + share + ".log");
                try (var out = Files.newOutputStream(log)) {
                    new SyslogGenerator(g[0], g[1], g[2], share).write(out);
                }
                LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
                rebound.addAndGet(sameBothWays(loaded, 7, 1, log + " 7 per batch"));
                rebound.addAndGet(sameBothWays(loaded, 25, 2, log + " 25 per batch, 2 threads"));
            }
        }
        // the comparison is only worth something if the memo did re-bind tunnels
        assertThat(rebound.get()).isGreaterThan(500);
    }

    /**
     * diagnose --format jsonl has the memo's reading of the rules made ahead, on the rules' thread while the evidence is
     * read (TunnelBatches.prepare): the reading is the one made inline, and a run started while it is being made waits for
     * it and gives the report of the memo off.
     */
    @Test
    void rulesReadAheadOnAnotherThreadAreTheOnesReadInline() throws Exception {
        Engine engine = Engine.of(TestDoctor.get());
        Thread ahead = new Thread(() -> TunnelBatches.prepare(engine));
        ahead.start();
        Path log = dir.resolve("g.log");
        try (var out = Files.newOutputStream(log)) {
            new SyslogGenerator(20_000, 300, 2, SyslogGenerator.autoShare(20_000, 300)).write(out);
        }
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
        int rebound = sameBothWays(loaded, 25, 2, "rules read ahead");
        ahead.join();
        assertThat(rebound).isGreaterThan(100);

        ShapeMemo.RuleReading made = ShapeMemo.reading(engine), inline = ShapeMemo.readRules(engine);
        assertThat(made.cross()).isEqualTo(inline.cross()).isNotNull();
        assertThat(made.unshapeable()).isEqualTo(inline.unshapeable()).isFalse();
        assertThat(made.words()).isEqualTo(inline.words());
        assertThat(made.phrases()).containsExactlyElementsOf(inline.phrases()).isNotEmpty();
        assertThat(made.constants()).isEqualTo(inline.constants());
        assertThat(made.nets().keySet()).containsExactlyElementsOf(inline.nets().keySet());
        assertThat(made.addresses().get()).isNotNull();
        assertThat(ShapeMemo.reading(engine)).as("made once per engine").isSameAs(made);
    }

    /**
     * Regression (the first memo left re-bound tunnels out of the session regardless of rules tied to
     * no tunnel): "Only syslog for a proxy problem" advises debug for a phase-2-silent tunnel only when
     * no IKE_TRACE line is in the evidence at all. Thirty-nine healthy tunnels of one shape log IKE_TRACE;
     * the silent one shares its batch with re-bound ones. Leaving those out of the session made the
     * silent tunnel's session lack IKE_TRACE and gain the debug advice.
     */
    @Test
    void aRuleTiedToNoTunnelStillSeesTheReboundTunnelsEvents() throws Exception {
        StringBuilder log = new StringBuilder();
        int sec = 0;
        for (int i = 10; i < 49; i++) { // 39 + 1 tunnels: the silent one shares the last batch of 8 with 7 healthy ones
            String p = "10.9.0." + i;
            log.append(String.format("Nov 26 00:%02d:%02d asa-hq %%ASA-6-713172: Group = %s, IP = %s, Automatic NAT Detection Status:     Remote end is NOT behind a NAT device     This   end is NOT behind a NAT device%n", sec / 60, sec++ % 60, p, p));
            log.append(String.format("Nov 26 00:%02d:%02d asa-hq %%ASA-5-713119: Group = %s, IP = %s, PHASE 1 COMPLETED%n", sec / 60, sec++ % 60, p, p));
            log.append(String.format("Nov 26 00:%02d:%02d asa-hq %%ASA-7-713120: Group = %s, IP = %s, PHASE 2 COMPLETED (msgid=5ac2e9fd)%n", sec / 60, sec++ % 60, p, p));
        }
        log.append(String.format("Nov 26 00:%02d:%02d asa-hq %%ASA-5-713119: Group = 10.9.0.99, IP = 10.9.0.99, PHASE 1 COMPLETED%n", sec / 60, sec % 60));
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log("silent.log", log.toString()).build());
        MemoRun off = report(loaded, 8, 1, false);
        MemoRun on = report(loaded, 8, 1, true);
        assertThat(off.jsonl()).contains("\"tunnel\":\"10.9.0.99\"").doesNotContain("debug crypto isakmp");
        assertThat(on.jsonl()).isEqualTo(off.jsonl());
        assertThat(on.memo().hits.get()).as("tunnels re-bound in other batches").isGreaterThan(10);
    }
}
