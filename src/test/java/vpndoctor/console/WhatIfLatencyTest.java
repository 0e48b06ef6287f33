package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.model.Side;
import vpndoctor.report.Style;
import vpndoctor.report.TextReport;

/**
 * Measures assume + diagnose on the largest sample case (most input lines) and prints the median
 * of 20; timings are printed, never asserted. Each round is undone (not timed) so all 20 answer
 * the same question.
 */
class WhatIfLatencyTest {
    static final Path LARGEST = Path.of("facts-samples/032-pix-1841-supernet-split");

    @Test
    void printsTheMedianLatencyOfAssumePlusDiagnose() throws Exception {
        ConsoleSession s = ConsoleSession.open(TestDoctor.get(), null, true, Evidence.fromCaseFolder(LARGEST));
        String fix = "access-list to_1841 permit ip 10.32.0.0 255.255.255.0 172.20.0.0 255.255.0.0";
        for (int warm = 0; warm < 5; warm++) { s.assume(Side.LOCAL, fix); s.diagnosis(); s.undo(); s.diagnosis(); }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            ConsoleSession.Outcome o = s.assume(Side.LOCAL, fix);
            String report = new TextReport(Style.plain(), false).render(s.diagnosis());
            micros.add((System.nanoTime() - t0) / 1000);
            assertThat(o.inserted()).isPositive();
            assertThat(report).contains("vpn-doctor:");
            s.undo();
            s.diagnosis();
        }
        Collections.sort(micros);
        System.out.printf("what-if latency (assume + diagnose, %s, %d input facts): median %.1f ms, min %.1f ms, max %.1f ms over 20%n",
                LARGEST.getFileName(), s.inputFacts().size(), (micros.get(9) + micros.get(10)) / 2000.0, micros.get(0) / 1000.0, micros.get(19) / 1000.0);
        List<Long> fresh = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            new TextReport(Style.plain(), false).render(TestDoctor.get().diagnose(Evidence.fromCaseFolder(LARGEST)));
            fresh.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(fresh);
        System.out.printf("for comparison, a fresh diagnose (new session, parse everything): median %.1f ms%n", (fresh.get(9) + fresh.get(10)) / 2000.0);
        s.close();
    }
}
