package vpndoctor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.bench.MonitorDay;
import vpndoctor.cli.Main;
import vpndoctor.monitor.ManualClock;
import vpndoctor.monitor.Monitor;
import vpndoctor.monitor.MonitorDayTest;
import vpndoctor.monitor.VerdictChange;
import vpndoctor.result.Finding;

/** The generated day through watch: a growing file that is rotated and truncated, and standard input. */
class WatchDayTest {
    static Diagnoser doctor;

    @BeforeAll
    static void rules() { doctor = vpndoctor.TestDoctor.get(); } // the run's one rule base: a static one per class would stay reachable for the whole run

    @Test
    void growingRotatedTruncatedFileGivesTheScheduledChanges(@TempDir Path dir) throws Exception {
        MonitorDay day = MonitorDay.standard(7);
        List<String> lines = day.lines().stream().map(MonitorDay.Timed::line).toList();
        // the clock stands still: only the lines' time debounces, so reading speed and pauses change nothing
        Monitor m = Monitor.builder(doctor).clock(new ManualClock(MonitorDayTest.DAY)).build();
        List<VerdictChange> got = new ArrayList<>();
        m.addListener(got::add);
        Path log = dir.resolve("asa.log");
        Files.createFile(log);
        int q = lines.size() / 4;
        try (Watch w = new Watch(m).start()) {
            w.follow(List.of(log), false, 20);
            // 1: the file grows in small writes, a line split across two of them
            for (int i = 0; i < q; i += 97) {
                String chunk = String.join("\n", lines.subList(i, Math.min(q, i + 97))) + "\n";
                int cut = chunk.length() / 2;
                append(log, chunk.substring(0, cut));
                append(log, chunk.substring(cut));
            }
            // 2: rotated by rename while lines are still unread; the new file starts with the next quarter
            Files.move(log, dir.resolve("asa.log.1"));
            append(log, String.join("\n", lines.subList(q, 2 * q)) + "\n");
            waitFor(() -> m.stats().lines >= 2L * q);
            // 3: copytruncate: emptied in place, then written again
            Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            waitFor(() -> w.truncations() >= 1);
            append(log, String.join("\n", lines.subList(2 * q, lines.size())) + "\n");
            waitFor(() -> m.stats().lines >= lines.size());
            assertThat(w.rotations()).isEqualTo(1);
        }
        assertThat(m.stats().lines).isEqualTo(lines.size());
        MonitorDayTest.assertMatches(got, day);
    }

    @Test
    void standardInputToItsEndWithJsonLinesAndASummary() throws Exception {
        MonitorDay day = MonitorDay.standard(7);
        StringBuilder text = new StringBuilder();
        for (MonitorDay.Timed t : day.lines()) text.append(t.line()).append('\n');
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try {
            System.setIn(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().setOut(new java.io.PrintWriter(System.out, true)).setErr(new java.io.PrintWriter(System.err, true))
                    .execute("watch", "--no-cache", "-");
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(code).as(err.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<VerdictChange> got = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (l.isBlank()) continue;
            JsonNode n = json.readTree(l);
            assertThat(n.has("time") && n.has("tunnel") && n.has("event") && n.has("rootCauses")).as(l).isTrue();
            List<Finding> fs = new ArrayList<>();
            for (JsonNode c : n.get("rootCauses")) {
                assertThat(c.has("id") && c.has("confidence")).isTrue();
                fs.add(new Finding(c.get("id").asText(), c.get("confidence").asDouble(), n.get("tunnel").asText(), null, null,
                        List.of(), List.of(), List.of(), false, List.of(), List.of(), null));
            }
            got.add(new VerdictChange(Instant.parse(n.get("time").asText()), n.get("tunnel").asText(),
                    VerdictChange.Event.valueOf(n.get("event").asText().toUpperCase()), fs, List.of()));
        }
        // stdin replays faster than real time; the changes still come at the lines' times, so the years agree
        MonitorDayTest.assertMatches(withYear(got), day);
        assertThat(err.toString()).contains("vpn-doctor watch: " + day.lines().size() + " lines").contains("diagnoses");
    }

    /** stdin lines carry no year: the monitor takes the clock's; the day's expectations are for 2026. */
    private static List<VerdictChange> withYear(List<VerdictChange> cs) {
        List<VerdictChange> out = new ArrayList<>();
        for (VerdictChange c : cs) {
            var t = c.time().atOffset(java.time.ZoneOffset.UTC);
            out.add(new VerdictChange(t.withYear(2026).toInstant(), c.tunnel(), c.event(), c.rootCauses(), c.previous()));
        }
        return out;
    }

    private static void append(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void waitFor(BooleanSupplier cond) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("timed out");
            Thread.sleep(20);
        }
    }
}
