package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.InputAccounting;

/**
 * Issue 13.1: one line must never end a file. Every line of every sample log and of every corpus
 * fixture goes through the parser alone (no exception, an EVENT always has a kind) and through the
 * whole ingest in every mode (every line of the file is counted, none is skipped for a parser failure).
 */
class EveryLineIsReadTest {
    @Test
    void everySampleLineParsesAndEveryLineIsCounted() throws IOException {
        List<Path> logs = LogFiles.sampleLogs();
        assertThat(logs).hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (Path log : logs) check(log, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCorpusLineParsesAndEveryLineIsCounted() throws IOException {
        List<Path> logs = LogFiles.corporaLogs();
        assumeTrue(!logs.isEmpty(), "../shared/corpora is absent: corpus part skipped");
        List<String> problems = new ArrayList<>();
        for (Path log : logs) check(log, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void aLineThatFailsIsSkippedWithItsReasonAndTheRestIsRead() throws IOException {
        String text = String.join("\n",
                "%FTD-6-751026: Local: 10.0.0.1:500 Remote: 198.51.100.7:500 Username: bob/RA IKEv2 Client OS: Windows Client: AnyConnect 4.10",
                "*Mar  1 00:00:01: IKEv2:(SESSION ID = 1,SA ID = 1):Client OS: Windows",
                "%ASA-3-713902: Group = 198.51.100.7, IP = 198.51.100.7, Removing peer from peer table failed, no match!") + "\n";
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            InputAccounting acct = new InputAccounting();
            LogIngest in = new LogIngest(acct, mode);
            in.read("ftd.log", new ByteArrayInputStream(text.getBytes()));
            assertThat(acct.getLines()).as(mode.name()).isEqualTo(3);
            assertThat(acct.getRelevant() + acct.getIrrelevant() + acct.getUnrecognized() + acct.getSkippedLines()).isEqualTo(3);
            assertThat(in.events()).as(mode + ": the line after the client OS lines is read")
                    .anyMatch(e -> e.getOrigins().get(0).getLine() == 3);
            assertThat(acct.getSkipped()).as(mode.name()).allMatch(s -> s.line() > 0);
        }
    }

    private static void check(Path log, List<String> problems) throws IOException {
        List<String> lines = LogFiles.lines(log);
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = TextNormalizer.normalize(raw);
            Parsed p = new Parsed();
            try {
                Msg msg = new Msg(Envelope.strip(line).message());
                MessageParser.Outcome o = MessageParser.parse(msg, p);
                if (o == MessageParser.Outcome.EVENT && p.kind == null) problems.add(log + ":" + n + " EVENT without a kind: " + raw);
            } catch (RuntimeException e) {
                problems.add(log + ":" + n + " parser threw " + e + ": " + raw);
            }
        }
        byte[] bytes = Files.readAllBytes(log);
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            InputAccounting acct = new InputAccounting();
            try {
                new LogIngest(acct, mode).read(log.toString(), new ByteArrayInputStream(bytes));
            } catch (RuntimeException e) {
                problems.add(log + " " + mode + ": ingest threw " + e);
                continue;
            }
            if (acct.getLines() != lines.size()) problems.add(log + " " + mode + ": " + acct.getLines() + " lines counted of " + lines.size());
            if (acct.getSkippedLines() != 0 || !acct.getSkipped().isEmpty()) problems.add(log + " " + mode + ": skipped " + acct.getSkipped());
        }
    }
}
