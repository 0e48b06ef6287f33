package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.SampleTexts;

/**
 * Issue 14, memory: events whose sample lines lie in a temporary file read exactly as events that
 * hold them (ids, counts, attributes, sample lines, what says() answers), in every reading mode,
 * and past the heap allowance no sample holds its text, so a sample costs the same whatever its
 * line's length (the bound on memory per event that let 100k tunnels run in 256 MB).
 */
class SpilledSamplesTest {
    private static final String[] PHRASES = {"PHASE 1 COMPLETED", "removing peer from correlator table failed",
        "IKE Peer address not configured for destination", "Built outbound", "no such phrase anywhere"};

    @Test
    void generatedManyTunnelSyslogReadsTheSameWithSamplesInAFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(30_000, 3_000, 3, 1.0).write(out);
        for (LogIngest.Mode mode : LogIngest.Mode.values()) assertSameWhereverTextsLie(out.toByteArray(), mode);
    }

    @Test
    void sampleCaseLogsReadTheSameWithSamplesInAFile() throws IOException {
        List<Path> logs;
        try (Stream<Path> s = Files.walk(Path.of("facts-samples"))) {
            logs = s.filter(p -> !p.toString().contains("real-heldout")).filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        assertThat(logs).hasSizeGreaterThan(50);
        for (Path log : logs) assertSameWhereverTextsLie(Files.readAllBytes(log), LogIngest.Mode.PARALLEL);
    }

    private static void assertSameWhereverTextsLie(byte[] input, LogIngest.Mode mode) {
        LogIngest onHeap = read(input, mode, new SampleTexts(Long.MAX_VALUE));
        LogIngest inFile = read(input, mode, new SampleTexts(0));
        assertThat(render(inFile)).isEqualTo(render(onHeap));
        for (LogEvent e : inFile.events()) {
            for (Origin o : e.getOrigins()) assertThat(o.holdsText()).as("%s keeps %s on the heap", e, o).isFalse();
        }
        for (LogEvent e : onHeap.events()) {
            for (Origin o : e.getOrigins()) assertThat(o.holdsText()).isTrue();
        }
    }

    private static LogIngest read(byte[] input, LogIngest.Mode mode, SampleTexts texts) {
        LogIngest ingest = new LogIngest(new InputAccounting(), mode, texts);
        try {
            ingest.read("in.log", new ByteArrayInputStream(input));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return ingest;
    }

    private static String render(LogIngest ingest) {
        List<String> out = new ArrayList<>();
        for (LogEvent e : ingest.events()) {
            StringBuilder says = new StringBuilder();
            for (String p : PHRASES) says.append(e.says(p) ? '1' : '0');
            out.add(e.getId() + " " + e.getKind() + " " + e.getPlatform() + " peer=" + e.getPeer() + " local=" + e.getLocal()
                    + " " + e.getAttrs() + " x" + e.getCount() + " seq " + e.getFirstSeq() + ".." + e.getLastSeq()
                    + " time " + e.getFirstTime() + ".." + e.getLastTime() + " " + e.getOrigins() + " says " + says);
        }
        ingest.unrecognized().forEach(u -> out.add(u.toString() + " " + u.getOrigin()));
        return String.join("\n", out);
    }
}
