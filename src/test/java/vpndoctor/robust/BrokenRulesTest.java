package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleProblem;
import vpndoctor.result.Diagnosis;

/**
 * An engineer's rules folder with one bad file on top of the bundled rules: a compile error, a
 * consequence that throws, an insert/modify loop. Each run ends, says what went wrong, and still
 * reports the sample's expected root cause from the other rules.
 */
class BrokenRulesTest {
    private static final Path SAMPLE = Path.of("facts-samples/001-ios-ikmp-bad-message");

    private static Diagnoser doctor(Path dir, String file, String drl, int firingLimit) throws IOException {
        Files.writeString(dir.resolve(file), drl);
        return Diagnoser.builder().rulesDir(dir).firingLimit(firingLimit).build();
    }

    private static Diagnosis diagnoseSample(Diagnoser d) throws IOException {
        return d.diagnose(Evidence.fromCaseFolder(SAMPLE));
    }

    @Test
    void aFileThatDoesNotCompileIsNamedAndLeftOut(@TempDir Path dir) throws IOException {
        Diagnoser d = doctor(dir, "broken.drl", """
                package rules.mine;
                import vpndoctor.model.*;
                rule "half written"
                when
                    $e : LogEvent( kind == "IKE_BAD_MESSAGE"
                then
                    System.out.println($e);
                end
                """, 200_000);
        assertThat(Engine.of(d).ruleProblems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.ERROR);
            assertThat(p.toString()).contains(dir.resolve("broken.drl").toString());
        });
        Diagnosis r = diagnoseSample(d);
        assertThat(r.rootCauseIds()).contains("PSK_MISMATCH");
        assertThat(r.ruleErrors()).anySatisfy(e -> assertThat(e).contains("broken.drl"));
    }

    @Test
    void aRuleThatThrowsIsRecordedAndTheOthersStillConclude(@TempDir Path dir) throws IOException {
        Diagnoser d = doctor(dir, "throws.drl", """
                package rules.mine;
                import vpndoctor.model.*;
                rule "divides by the count of nothing"
                when
                    $e : LogEvent( kind == "IKE_BAD_MESSAGE" )
                then
                    int zero = $e.getCount() - $e.getCount();
                    System.out.println($e.getCount() / zero);
                end
                """, 200_000);
        assertThat(Engine.of(d).ruleProblems()).noneMatch(p -> p.severity() == RuleProblem.Severity.ERROR);
        Diagnosis r = diagnoseSample(d);
        assertThat(r.rootCauseIds()).contains("PSK_MISMATCH");
        assertThat(r.ruleErrors()).anySatisfy(e -> assertThat(e)
                .contains("rule \"divides by the count of nothing\" failed", "ArithmeticException"));
    }

    @Test
    void aRuleThatLoopsIsStoppedAndTheOthersStillConclude(@TempDir Path dir) throws IOException {
        Diagnoser d = doctor(dir, "loops.drl", """
                package rules.mine;
                import vpndoctor.model.*;
                declare Tick
                    n : int
                end
                rule "start ticking"
                when
                    LogEvent( kind == "IKE_BAD_MESSAGE" )
                    not Tick()
                then
                    insert( new Tick(0) );
                end
                rule "tick forever"
                when // constrained on n: property reactivity would not re-fire an unconstrained pattern
                    $t : Tick( n >= 0 )
                then
                    modify( $t ) { setN( $t.getN() + 1 ) }
                end
                """, 5_000);
        Diagnosis r = diagnoseSample(d);
        assertThat(r.ruleErrors()).anySatisfy(e -> assertThat(e).contains("stopped after 5000 rule firings", "\"tick forever\"", "switched off"));
        assertThat(r.rootCauseIds()).contains("PSK_MISMATCH");
    }

    @Test
    void theCommandLineReportsTheBrokenFileAndStillDiagnoses(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package rules.mine;\nrule \"x\" when then end end\n");
        Cli r = Cli.run("diagnose", SAMPLE.toString(), "--rules", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("broken.drl");
        assertThat(r.out()).contains("PSK_MISMATCH");
    }
}
