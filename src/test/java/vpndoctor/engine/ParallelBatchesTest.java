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

    @Test
    void parallelBatchesWriteTheSequentialReportByteForByte() throws Exception {
        Path log = dir.resolve("g.log");
        SyslogGenerator g = new SyslogGenerator(12_000, 60, 11, SyslogGenerator.autoShare(12_000, 60));
        try (var out = Files.newOutputStream(log)) {
            g.write(out);
        }
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
        for (int perBatch : new int[] {1, 7, 25, 59}) {
            String sequential = jsonl(loaded, perBatch, 1);
            assertThat(sequential.lines().count()).as("tunnel lines and the summary").isGreaterThan(60);
            for (int threads : new int[] {2, 3}) {
                assertThat(jsonl(loaded, perBatch, threads)).as(perBatch + " tunnels per batch, " + threads + " threads").isEqualTo(sequential);
            }
        }
    }
}
