package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * IKEv2 "Auth exchange failed" only summarises why IKE_AUTH ended (rules-drl/symptoms/phase1-authentication.drl).
 * When the responder's AUTH timer expired ("Failed to receive the AUTH msg before the timer expired") no AUTH
 * payload arrived and no key was compared. Session 11 first sight: a real ASA capture pair (the responder's reply to
 * IKE_SA_INIT lost on the way back) got PSK_MISMATCH 0.70 from those summary lines.
 */
class AuthTimerExpiredTest {

    @Test
    void anAuthTimeoutIsNoKeyVerdict() throws IOException {
        Diagnosis d = TestDoctor.diagnoseSample("320-asa-ikev2-responder-auth-timer-expired-not-a-key");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain("PSK_MISMATCH");
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("PSK_MISMATCH").contains("IKE_TRAFFIC_BLOCKED");
    }

    @Test
    void aVerifyFailureAfterAnEarlierTimeoutStaysAKeyMismatch() throws IOException {
        // the neighbour: a later attempt whose AUTH arrives and does not verify
        Diagnosis d = TestDoctor.diagnoseSample("321-asa-ikev2-responder-auth-timer-then-verify-failed");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("PSK_MISMATCH");
    }
}
