package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.model.Skipped;
import vpndoctor.result.Diagnosis;

/**
 * Issue 17.4 and 17.6: a .gz cut short keeps its complete lines and reports the cut; a FIFO (or
 * a process substitution) is read as a stream; an endless binary device is refused after a bounded sniff.
 */
class StreamsAndCutsTest {
    private static final int LINES = 4000;

    private static byte[] log() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            b.append("Apr 27 2020 02:03:03 dev01: %ASA-3-713902: Group = 10.").append(i / 250).append('.').append(i % 250)
                    .append(".1, IP = 10.").append(i / 250).append('.').append(i % 250).append(".1, Removing peer from peer table failed, no match! x")
                    .append(Integer.toHexString(i * 7919)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGzipCutShortKeepsItsCompleteLinesAndSaysSo(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(log());
        }
        byte[] whole = gz.toByteArray();
        Path cut = dir.resolve("cut.log.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log(cut).build());
        assertThat(d.input().sources()).as("the cut file is a source").hasSize(1);
        assertThat(d.input().lines()).as("lines before the cut").isGreaterThan(LINES / 10).isLessThan(LINES);
        assertThat(d.input().skippedLines()).isLessThanOrEqualTo(1);
        assertThat(d.input().skipped()).extracting(Skipped::reason).anySatisfy(r -> assertThat(r).contains("cut short"))
                .noneSatisfy(r -> assertThat(r).contains("could not be read"));
        assertThat(d.input().lines()).isEqualTo(d.input().relevant() + d.input().irrelevant() + d.input().unrecognized() + d.input().skippedLines());
    }

    @Test
    void aFifoIsReadAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.log");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo not available: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        byte[] log = log();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(log);
            } catch (IOException ignored) {
                // the reader failed; the assertion below says how
            }
        });
        writer.start();
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log(fifo).build());
        writer.join(10_000);
        assertThat(d.input().skipped()).isEmpty();
        assertThat(d.input().lines()).isEqualTo(LINES);
    }

    @Test
    void aFileHalfUtf16HalfUtf8HasEveryLineRead() {
        StringBuilder first = new StringBuilder(), second = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            first.append("Apr 27 2020 02:03:0").append(i).append(" dev01: %ASA-3-713902: Group = 10.0.0.").append(i)
                    .append(", IP = 10.0.0.").append(i).append(", Removing peer from peer table failed, no match!\r\n");
            second.append("Apr 27 2020 02:04:0").append(i).append(" dev01: %ASA-3-713902: Group = 10.0.1.").append(i)
                    .append(", IP = 10.0.1.").append(i).append(", Removing peer from peer table failed, no match!\n");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes(first.toString().getBytes(StandardCharsets.UTF_16LE));
        b.writeBytes(second.toString().getBytes(StandardCharsets.UTF_8));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("mixed.log", b.toByteArray()).build());
        assertThat(d.input().lines()).isEqualTo(14);
        assertThat(d.input().relevant()).isEqualTo(14);
        assertThat(d.input().skipped()).extracting(Skipped::reason).anySatisfy(r -> assertThat(r).contains("UTF-16 to UTF-8 after line 7"));
    }

    @Test
    void anEndlessRandomDeviceIsRefusedAfterABoundedSniff() {
        Path urandom = Path.of("/dev/urandom");
        assumeTrue(Files.isReadable(urandom), "/dev/urandom not readable");
        vpndoctor.Diagnoser doctor = TestDoctor.get(); // built outside the time limit: compiling rules is not reading
        Diagnosis d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> doctor.diagnose(Evidence.builder().log(urandom).build()));
        assertThat(d.input().lines()).isZero();
        assertThat(d.input().skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("binary file"));
    }
}
