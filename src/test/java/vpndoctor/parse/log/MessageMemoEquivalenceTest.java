package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.cli.Main;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Traceable;
import vpndoctor.report.JsonReport;

/**
 * The message memo ({@link MessageMemo}) is a speed-up only: with it on (the default) and off
 * ({@code -Dvpndoctor.parsememo=off}) every input gives the same facts (events with counts, samples,
 * sequence numbers and times, every other fact, the accounting) and byte-identical JSON reports:
 * every sample case, the ../shared/corpora fixtures (skipped when absent) and generated syslog of
 * several seeds, tunnel counts and VPN shares (`bench gen`), read the default (parallel) way.
 */
class MessageMemoEquivalenceTest {
    @TempDir Path dir;

    @Test
    void everySampleCaseGivesTheSameFactsAndReport() throws Exception {
        List<Path> cases = CaseExpectation.allCaseFolders(TestDoctor.samples());
        assertThat(cases).hasSizeGreaterThan(200);
        SoftAssertions soft = new SoftAssertions();
        for (Path c : cases) {
            assertThat(c.toString()).doesNotContain(CaseExpectation.HELD_OUT);
            soft.assertThat(bothWays(() -> facts(c))).as("facts of " + c).isEqualTo(Pair.SAME);
            soft.assertThat(bothWays(() -> JsonReport.render(TestDoctor.get().diagnose(Evidence.fromCaseFolder(c)))))
                    .as("JSON report of " + c).isEqualTo(Pair.SAME);
        }
        soft.assertAll();
    }

    @Test
    void corporaFixturesGiveTheSameFactsAndReport() throws Exception {
        Assumptions.assumeTrue(LogFiles.corporaDir() != null, "no ../shared/corpora folder: skipped");
        List<Path> logs = LogFiles.corporaLogs();
        assertThat(logs).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (Path log : logs) {
            soft.assertThat(bothWays(() -> facts(log))).as("facts of " + log).isEqualTo(Pair.SAME);
            soft.assertThat(bothWays(() -> cli("diagnose", "--format", "json", log.toString()))).as("JSON report of " + log).isEqualTo(Pair.SAME);
        }
        soft.assertAll();
    }

    @Test
    void generatedLogsGiveTheSameFactsAndReport() throws Exception {
        // (lines, tunnels, seed, VPN share): sparse and dense, few and many tunnels (every line naming its own peer)
        double[][] runs = {{20_000, 12, 1, 0.05}, {15_000, 40, 2, 0.97}, {10_000, 1_500, 3, 0.97}, {10_000, 300, 4, 0.5},
            {10_000, 800, 5, SyslogGenerator.autoShare(10_000, 800)}};
        SoftAssertions soft = new SoftAssertions();
        for (double[] r : runs) {
            Path log = dir.resolve("g" + (int) r[2] + ".log");
            SyslogGenerator g = new SyslogGenerator((int) r[0], (int) r[1], (long) r[2], r[3]);
            try (var out = Files.newOutputStream(log)) {
                g.write(out);
            }
            String what = java.util.Arrays.toString(r);
            soft.assertThat(bothWays(() -> facts(log))).as("facts of " + what).isEqualTo(Pair.SAME);
            soft.assertThat(bothWays(() -> cli("diagnose", "--format", "jsonl", log.toString()))).as("JSON Lines of " + what).isEqualTo(Pair.SAME);
        }
        soft.assertAll();
    }

    /** A message's values do not depend on the messages read before it: the same lines in another order give the same events. */
    @Test
    void aRememberedMessageGivesWhatParsingItGives() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(8_000, 30, 9, 0.97).write(out);
        List<String> lines = new ArrayList<>(List.of(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")));
        // each line twice, far apart and adjacent: the second reading of each comes from the memo
        List<String> twice = new ArrayList<>(lines);
        twice.addAll(lines);
        for (String l : lines) {
            twice.add(l);
            twice.add(l);
        }
        Path log = dir.resolve("twice.log");
        Files.write(log, twice, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bothWays(() -> facts(log))).isEqualTo(Pair.SAME);
        // read again with the memo on: now every message comes from the memo (this thread's; the reader's is new per read)
        boolean was = MessageMemo.enabled(false);
        try {
            String off = facts(log);
            MessageMemo.enabled(true);
            facts(log);
            assertThat(facts(log)).isEqualTo(off);
        } finally {
            MessageMemo.enabled(was);
        }
    }

    private enum Pair { SAME }

    /** SAME when the task gives the same text with the memo off and on; else both texts, to show the difference. */
    private static Object bothWays(Callable<String> task) throws Exception {
        boolean was = MessageMemo.enabled(false);
        try {
            String off = task.call();
            MessageMemo.enabled(true);
            String on = task.call();
            return off.equals(on) ? Pair.SAME : List.of(off, on);
        } finally {
            MessageMemo.enabled(was);
        }
    }

    /** Every fact the evidence gives, with all an event's counts, samples, sequence numbers and times, and the accounting. */
    private static String facts(Path evidence) throws IOException {
        Evidence ev = Files.isDirectory(evidence) ? Evidence.fromCaseFolder(evidence) : Evidence.builder().log(evidence).build();
        LoadedEvidence loaded = EvidenceLoader.load(ev);
        StringBuilder b = new StringBuilder();
        for (Object f : loaded.facts()) {
            if (f instanceof LogEvent e) {
                b.append(e.getId()).append(' ').append(e.getKind()).append(' ').append(e.getPlatform()).append(" peer=").append(e.getPeer())
                        .append(" local=").append(e.getLocal()).append(" device=").append(e.getDevice()).append(' ').append(e.getAttrs())
                        .append(" x").append(e.getCount()).append(" seq ").append(e.getFirstSeq()).append("..").append(e.getLastSeq())
                        .append(" time ").append(e.getFirstTime()).append("..").append(e.getLastTime()).append(' ').append(e.getOrigins());
            } else if (f instanceof Traceable t) {
                b.append(t.getId()).append(' ').append(f.getClass().getSimpleName()).append(' ').append(t.describe()).append(' ').append(t.getOrigins());
            } else {
                b.append(f);
            }
            b.append('\n');
        }
        var a = loaded.accounting();
        b.append("lines ").append(a.getLines()).append(" relevant ").append(a.getRelevant()).append(" irrelevant ").append(a.getIrrelevant())
                .append(" unrecognized ").append(a.getUnrecognized()).append(" skipped ").append(a.getSkippedLines()).append(' ').append(a.getSkipped());
        return b.toString();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }
}
