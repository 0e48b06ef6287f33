package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.report.JsonLinesReport;
import vpndoctor.result.Diagnosis;

/**
 * Issue 14: batches of tunnels diagnosed on several threads give the JSON Lines report of one
 * thread byte for byte (lines written in batch order, the same summary), whatever the batch size.
 */
class ParallelBatchesTest {
    @TempDir Path dir;

    private static String jsonl(LoadedEvidence loaded, int perBatch, int threads) {
        StringWriter w = new StringWriter();
        int[] lines = {0};
        Diagnosis summary = TunnelBatches.run(Engine.of(TestDoctor.get()), loaded, perBatch, threads,
                d -> lines[0] += JsonLinesReport.writeTunnels(d, w));
        JsonLinesReport.writeSummary(summary, lines[0], w);
        return w.toString();
    }

    /** A generated multi-tunnel syslog of this many lines and tunnels. */
    private Path generated(String name, int lines, int tunnels, long seed) throws Exception {
        Path log = dir.resolve(name);
        try (var out = Files.newOutputStream(log)) {
            new SyslogGenerator(lines, tunnels, seed, SyslogGenerator.autoShare(lines, tunnels)).write(out);
        }
        return log;
    }

    @Test
    void parallelBatchesWriteTheSequentialReportByteForByte() throws Exception {
        Path log = generated("g.log", 12_000, 60, 11);
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
        for (int perBatch : new int[] {1, 7, 25, 59}) {
            String sequential = jsonl(loaded, perBatch, 1);
            assertThat(sequential.lines().count()).as("tunnel lines and the summary").isGreaterThan(60);
            for (int threads : new int[] {2, 3}) {
                assertThat(jsonl(loaded, perBatch, threads)).as(perBatch + " tunnels per batch, " + threads + " threads").isEqualTo(sequential);
            }
        }
    }

    /** runReleasing (diagnose --format jsonl) writes the report run writes, and leaves the handed-over fact list empty. */
    @Test
    void releasingTheFactsWritesTheSameReport() throws Exception {
        Path log = generated("r.log", 6_000, 40, 13);
        for (int threads : new int[] {1, 2}) {
            LoadedEvidence kept = EvidenceLoader.load(Evidence.builder().log(log).build());
            LoadedEvidence handedOver = EvidenceLoader.load(Evidence.builder().log(log).build());
            int facts = handedOver.facts().size();
            String plain = jsonl(kept, 7, threads);
            StringWriter w = new StringWriter();
            int[] lines = {0};
            Diagnosis summary = TunnelBatches.runReleasing(Engine.of(TestDoctor.get()), handedOver, 7, threads,
                    d -> lines[0] += JsonLinesReport.writeTunnels(d, w));
            JsonLinesReport.writeSummary(summary, lines[0], w);
            assertThat(plain.lines().count()).as("tunnel lines and the summary").isGreaterThan(40);
            assertThat(w.toString()).as(threads + " threads").isEqualTo(plain);
            assertThat(facts).isPositive();
            assertThat(handedOver.facts()).as("released once split").isEmpty();
            assertThat(kept.facts()).as("run keeps the caller's facts").hasSize(facts);
        }
    }
}
