package vpndoctor.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vpndoctor.robust.fuzz.FuzzTargets;

/**
 * Coverage-guided fuzzing (Jazzer) of the same three targets and properties as FuzzSmokeTest.
 * Off in the normal build (Jazzer's agent costs ~40 s even to replay; FuzzSmokeTest and
 * FuzzRegressionTest cover the properties there). To fuzz, one target per
 * run:  JAZZER_FUZZ=1 mvn test -Dtest='JazzerFuzzTest#logParser' -Djazzer.instrument='vpndoctor.**'
 * Findings land in src/test/resources/vpndoctor/robust/JazzerFuzzTestInputs/; copy them into
 * fuzz-regressions/ with the fix.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class JazzerFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void logParser(byte[] data) {
        FuzzTargets.log(data);
    }

    @FuzzTest(maxDuration = "2m")
    void configParser(byte[] data) {
        FuzzTargets.config(data);
    }

    @FuzzTest(maxDuration = "2m")
    void observationLoader(byte[] data) {
        FuzzTargets.json(data);
    }
}
