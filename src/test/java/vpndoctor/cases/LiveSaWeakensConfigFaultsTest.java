package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * rules-drl/hypotheses/live-sa.drl: a fault predicted from the configs alone is contradicted by show output of a
 * live SA with that peer. Session 10's first-sight misses were healthy tunnels (up in the show output) given a
 * fault read from their configs; this keeps the next such misreading a hypothesis instead of a verdict.
 */
class LiveSaWeakensConfigFaultsTest {

    @Test
    void anIpsecSaCarryingTrafficBothWaysMakesAConfigTransformMismatchAHypothesis() {
        Diagnosis d = TestDoctor.diagnoseSample("318-asa-live-sa-beside-config-transform-mismatch");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("TRANSFORM_SET_MISMATCH")).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(0.45);
            assertThat(String.join("\n", f.supportedBy())).contains("no transform set in common");
        });
    }

    @Test
    void phase1UpWithoutReturnTrafficLeavesThePhase2VerdictAlone() {
        Diagnosis d = TestDoctor.diagnoseSample("319-asa-ike-up-no-return-traffic-config-transform-mismatch");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(d.rootCauses().get(0).confidence()).isEqualTo(0.9);
    }

    @Test
    void anIkeSaShownUpMakesAConfigKeyMismatchAHypothesis() {
        Diagnosis d = TestDoctor.diagnoseSample("335-ios-isakmp-sa-up-beside-config-key-mismatch");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("PSK_MISMATCH")).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.45));
    }

    @Test
    void theSameKeysWithTheFailingDebugStayTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("049-ios-psk-mismatch-debug");
        assertThat(d.rootCauses()).extracting(Finding::id).contains("PSK_MISMATCH");
    }
}
