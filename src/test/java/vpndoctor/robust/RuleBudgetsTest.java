package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.result.Diagnosis;

/**
 * Issue 17.8: a rule that inserts millions of facts ran the JVM out of memory; a rule that sleeps hung
 * the run. Each is now stopped by a budget, named in ruleErrors, switched off, and the other rules'
 * conclusions are reported.
 */
class RuleBudgetsTest {
    private static final Path SAMPLE = Path.of("facts-samples/001-ios-ikmp-bad-message");

    @Test
    @Timeout(120)
    void aRuleThatInsertsWithoutEndStopsAtTheFactBudget(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flood.drl"), """
                package rules.mine;
                import vpndoctor.model.*;
                rule "floods working memory"
                when
                    $e : LogEvent( kind == "IKE_BAD_MESSAGE" )
                then
                    for (int i = 0; i < 50_000_000; i++) insert("filler " + i);
                end
                """);
        Diagnoser d = Diagnoser.builder().rulesDir(dir).factBudget(20_000).build();
        Diagnosis r = d.diagnose(Evidence.fromCaseFolder(SAMPLE));
        assertThat(r.ruleErrors()).anySatisfy(e -> assertThat(e).contains("fact budget").contains("floods working memory"));
        assertThat(r.rootCauseIds()).contains("PSK_MISMATCH");
    }

    @Test
    @Timeout(120)
    void aRuleThatSleepsStopsAtTheTimeBudget(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sleeps.drl"), """
                package rules.mine;
                import vpndoctor.model.*;
                rule "sleeps in its consequence"
                when
                    $e : LogEvent( kind == "IKE_BAD_MESSAGE" )
                then
                    Thread.sleep(3_600_000L);
                end
                """);
        Diagnoser d = Diagnoser.builder().rulesDir(dir).timeBudget(Duration.ofSeconds(2)).build();
        Diagnosis r = d.diagnose(Evidence.fromCaseFolder(SAMPLE));
        assertThat(r.ruleErrors()).anySatisfy(e -> assertThat(e).contains("time budget").contains("sleeps in its consequence"));
        assertThat(r.rootCauseIds()).contains("PSK_MISMATCH");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
