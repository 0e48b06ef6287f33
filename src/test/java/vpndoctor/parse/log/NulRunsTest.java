package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Skipped;

/**
 * Issue 13.2: a syslog file after a crash holds a run of NUL bytes (the zero-filled blocks the
 * system had allocated) and then good lines. The runs are skipped and counted, the lines read;
 * a file that is binary all through is still refused.
 */
class NulRunsTest {
    private static String line(int i) {
        return "Nov 26 00:00:0" + (i % 10) + " asa %ASA-3-713902: Group = 198.51.100." + i + ", IP = 198.51.100." + i
                + ", Removing peer from peer table failed, no match!\n";
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer nuls) out.write(new byte[nuls], 0, nuls);
            else out.writeBytes(((String) p).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private record Read(InputAccounting acct, LogIngest ingest, boolean read) {
        long peers(int from, int to) {
            return ingest.events().stream().map(LogEvent::getPeer)
                    .filter(p -> p != null && Integer.parseInt(p.substring(p.lastIndexOf('.') + 1)) >= from
                            && Integer.parseInt(p.substring(p.lastIndexOf('.') + 1)) <= to).distinct().count();
        }
    }

    private static Read read(LogIngest.Mode mode, byte[] b) throws IOException {
        InputAccounting acct = new InputAccounting();
        LogIngest in = new LogIngest(acct, mode);
        boolean ok = in.read("messages", new ByteArrayInputStream(b));
        return new Read(acct, in, ok);
    }

    @Test
    void aNulRunBetweenLinesIsSkippedCountedAndTheRestRead() throws IOException {
        byte[] b = bytes(line(1), line(2), line(3), 6000, line(4), line(5), line(6));
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            Read r = read(mode, b);
            assertThat(r.read()).as(mode.name()).isTrue();
            assertThat(r.acct().getLines()).as(mode.name()).isEqualTo(6);
            assertThat(r.peers(1, 6)).as(mode + ": every good line read").isEqualTo(6);
            assertThat(r.acct().getSkipped()).as(mode.name()).extracting(Skipped::reason)
                    .singleElement().asString().contains("6000 NUL bytes").contains("1 run");
        }
    }

    @Test
    void aFileThatStartsWithNulsAfterACrashIsRead() throws IOException {
        byte[] b = bytes(20000, line(1), line(2));
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            Read r = read(mode, b);
            assertThat(r.read()).as(mode.name()).isTrue();
            assertThat(r.acct().getLines()).as(mode.name()).isEqualTo(2);
            assertThat(r.peers(1, 2)).as(mode.name()).isEqualTo(2);
        }
    }

    @Test
    void aLineCutByTheCrashStaysApartFromTheLineAfterTheRun() throws IOException {
        String cut = line(1).substring(0, 40);
        byte[] b = bytes(cut, 700, 100, line(2), 5000, "\n", line(3));
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            Read r = read(mode, b);
            assertThat(r.peers(2, 3)).as(mode + ": the line after a cut line is its own line").isEqualTo(2);
            assertThat(r.acct().getLines()).as(mode + ": cut line, line 2, the blank line after the run, line 3").isEqualTo(4);
            assertThat(r.acct().getSkipped()).extracting(Skipped::reason).singleElement().asString()
                    .contains("5800 NUL bytes").contains("2 runs");
        }
    }

    @Test
    void aBinaryFileIsStillRefused() throws IOException {
        byte[] b = new byte[50_000];
        new SplittableRandom(13).nextBytes(b);
        for (int i = 0; i < b.length; i += 97) java.util.Arrays.fill(b, i, Math.min(b.length, i + 20), (byte) 0); // NUL runs among noise
        Read r = read(LogIngest.Mode.PARALLEL, b);
        assertThat(r.read()).isFalse();
        assertThat(r.acct().getLines()).isZero();
        assertThat(r.acct().getSkipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("binary file:"));
    }
}
