package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A wildcard pre-shared key written before a peer's own key: on a PIX (the field guide, sample 043) the order
 * matters and the peer may be taken for a client; IOS looks keys up by the most specific address whatever their
 * order, so the same two lines on a router are the common, healthy hub layout (sample 700; it was a false 0.60 root cause).
 */
class WildcardKeyOrderIsAPixConcernTest {
    private static final String ORDER = "WILDCARD_KEY_ORDER";

    @Test
    void onIosTheWildcardKeyBeforeTheSpecificOneIsHealthy() {
        Diagnosis d = TestDoctor.diagnoseSample("700-cfg-ios-global-wildcard-key-before-specific-key");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(ORDER);
    }

    @Test
    void onAPixItStaysTheCause() {
        Diagnosis d = TestDoctor.diagnoseSample("043-checkpoint-user-unknown-wildcard-key");
        assertThat(d.rootCauses()).extracting(Finding::id).contains(ORDER);
    }
}
