package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseRun;

/**
 * Every bundled rule fires on at least one sample case, so no rule ships unproven: a new rule
 * needs a case that drives it (and, by the sample tests, a near miss that does not).
 */
class EveryRuleIsDrivenTest {
    @Test
    void everyBundledRuleFiresOnSomeSample() throws Exception {
        CaseRun.Result result = CaseRun.run(TestDoctor.get(), TestDoctor.samples());
        assertThat(result.neverFired()).as("bundled rules no sample case drives").isEmpty();
    }
}
