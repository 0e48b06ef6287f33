package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.SampleTexts;

/**
 * Issue 14, the 100k-tunnel run: when the phrases rules ask {@code says} about are known before a line is kept (the
 * shape memo's rule reading numbers them while the log is read), the line's answers are made from its bytes while
 * they are still in the sample store's write buffer, so the memo key's questions read nothing back from the file;
 * the answers are those of the texts.
 */
class SaysAtKeepTimeTest {
    private static final List<String> PHRASES = List.of("PHASE 1 COMPLETED", "all IPSec SA proposals found UNACCEPTABLE",
            "s16 phrase that no line has");

    @Test
    void linesKeptAfterThePhrasesAreKnownAnswerWithoutAReadBack() throws IOException {
        // past 16 phrases in one JVM a phrase has no bit and is answered from the texts: nothing to test then
        assumeTrue(LogEvent.expectSays(PHRASES) == PHRASES.size(), "the JVM's 16 phrase bits are taken by other tests");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(6_000, 600, 16, 1.0).write(out);
        SampleTexts file = new SampleTexts(0);
        LogIngest ingest = read(out.toByteArray(), file);
        assertThat(file.spills()).isTrue();
        long before = file.fileReads();
        int yes = 0, asked = 0;
        for (LogEvent e : ingest.events()) {
            List<String> lowered = e.getOrigins().stream().map(o -> o.getText().toLowerCase(Locale.ROOT)).toList();
            for (String p : PHRASES) {
                String lower = p.toLowerCase(Locale.ROOT);
                boolean want = lowered.stream().anyMatch(t -> t.contains(lower));
                long reads = file.fileReads();
                assertThat(e.says(p)).as("%s says %s", e, p).isEqualTo(want);
                assertThat(file.fileReads()).as("%s read back for says", e).isEqualTo(reads);
                if (want) yes++;
                asked++;
            }
        }
        assertThat(yes).isPositive().isLessThan(asked);
        assertThat(before).isLessThan(file.fileReads()); // getText above did read: the count counts
    }

    private static LogIngest read(byte[] input, SampleTexts texts) {
        LogIngest ingest = new LogIngest(new InputAccounting(), LogIngest.Mode.PARALLEL, texts);
        try {
            ingest.read("in.log", new ByteArrayInputStream(input));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return ingest;
    }
}
