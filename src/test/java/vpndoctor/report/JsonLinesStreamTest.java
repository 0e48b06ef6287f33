package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.engine.Engine;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.engine.TunnelBatches;
import vpndoctor.result.Diagnosis;

/**
 * diagnose --format jsonl writes its lines through one generator ({@link JsonLinesReport.Lines}) instead of one
 * per tunnel line: the bytes must be those of the per-line writer, batch after batch, and the output is flushed
 * once, with the summary (the per-line writer flushed it after every tunnel). JsonContractTest compares the two
 * on every sample case too ({@link #assertStreamWritesTheSameBytes}).
 */
class JsonLinesStreamTest {
    @TempDir Path dir;

    @Test
    void oneGeneratorWritesThePerLineWritersBytesOverManyBatches() throws Exception {
        Path log = dir.resolve("g.log");
        try (var out = Files.newOutputStream(log)) {
            new SyslogGenerator(20_000, 300, 5, SyslogGenerator.autoShare(20_000, 300)).write(out);
        }
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
        List<Diagnosis> batches = new ArrayList<>();
        Diagnosis summary = TunnelBatches.run(Engine.of(TestDoctor.get()), loaded, 13, 2, batches::add);
        assertThat(batches).hasSizeGreaterThan(10);

        StringWriter perLine = new StringWriter();
        int n = 0;
        for (Diagnosis d : batches) n += JsonLinesReport.writeTunnels(d, perLine);
        JsonLinesReport.writeSummary(summary, n, perLine);

        CountingWriter streamed = new CountingWriter();
        JsonLinesReport.Lines lines = JsonLinesReport.lines(streamed);
        int m = 0;
        for (Diagnosis d : batches) m += lines.tunnels(d);
        lines.summary(summary, m);

        assertThat(m).isEqualTo(n).isGreaterThan(250);
        assertThat(streamed.toString()).isEqualTo(perLine.toString());
        assertThat(streamed.flushes).as("flushed once, after the summary line").isEqualTo(1);
    }

    /** The streamed lines of d (tunnels, then the summary) equal the per-line writer's. */
    static void assertStreamWritesTheSameBytes(Diagnosis d) {
        StringWriter perLine = new StringWriter();
        JsonLinesReport.write(d, perLine);
        StringWriter streamed = new StringWriter();
        JsonLinesReport.Lines lines = JsonLinesReport.lines(streamed);
        lines.summary(d, lines.tunnels(d));
        assertThat(streamed.toString()).isEqualTo(perLine.toString());
    }

    private static final class CountingWriter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            throw new AssertionError("the report does not close its output");
        }
    }
}
