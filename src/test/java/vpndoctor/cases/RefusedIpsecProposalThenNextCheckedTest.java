package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * An IOS responder refuses one of the peer's IPsec proposals ('transform proposal not supported') and goes on to
 * check the next: that refusal is the peer's list being walked, not the exchange's answer. It was a 0.75
 * TRANSFORM_SET_MISMATCH from the first refusal alone (the real case
 * ios-responder-remote-client-proposals-refused-one-by-one-outcome-unknown, first sight of session 17).
 */
class RefusedIpsecProposalThenNextCheckedTest {
    private static final String MISMATCH = "TRANSFORM_SET_MISMATCH";

    @Test
    void aLaterProposalAcceptedIsIterationNotAMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("721-ios-responder-refuses-first-ipsec-proposal-accepts-next");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(MISMATCH);
        assertThat(d.benignIds()).contains("BENIGN_PROPOSAL_ITERATION");
    }

    @Test
    void theLastProposalRefusedStaysTheMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("722-ios-responder-refuses-each-ipsec-proposal-in-turn");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(MISMATCH);
        assertThat(d.benignIds()).doesNotContain("BENIGN_PROPOSAL_ITERATION");
    }

    @Test
    void aPasteCutWhileTheNextProposalIsCheckedNamesNoCause() {
        Diagnosis d = TestDoctor.diagnoseSample("real/ios-responder-remote-client-proposals-refused-one-by-one-outcome-unknown");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(MISMATCH);
    }
}
