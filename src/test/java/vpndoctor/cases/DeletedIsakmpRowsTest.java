package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * IOS 'show crypto isakmp sa' rows marked "(deleted)" are SAs of an attempt that is over: a live row of
 * the same tunnel says more, and a tunnel with only such MM_NO_STATE leftovers is a weaker lead than a
 * live MM_NO_STATE (sample 109).
 */
class DeletedIsakmpRowsTest {
    private static Optional<Finding> hypothesis(Diagnosis d, String id) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Test
    void deletedFirstMessageRowsAddNothingNextToALiveRow() {
        Diagnosis d = TestDoctor.diagnoseSample("442-ios-show-isakmp-live-mm-key-exch-deleted-mm-no-state");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses().get(0).id()).isEqualTo("PSK_MISMATCH");
        // only MM_KEY_EXCH's small NAT-T lead remains; no "no answer to our first message" weight
        assertThat(hypothesis(d, "IKE_TRAFFIC_BLOCKED")).hasValueSatisfying(f -> assertThat(f.confidence()).isLessThan(0.15));
        assertThat(hypothesis(d, "IKE_POLICY_MISMATCH")).isEmpty();
    }

    @Test
    void onlyDeletedRowsWeighLessThanALiveMmNoState() {
        Diagnosis leftover = TestDoctor.diagnoseSample("443-ios-show-isakmp-only-deleted-mm-no-state");
        Diagnosis live = TestDoctor.diagnoseSample("109-ios-show-isakmp-mm-no-state");
        assertThat(leftover.rootCauses()).isEmpty();
        double past = hypothesis(leftover, "IKE_TRAFFIC_BLOCKED").orElseThrow().confidence();
        double now = hypothesis(live, "IKE_TRAFFIC_BLOCKED").orElseThrow().confidence();
        assertThat(past).isGreaterThan(0.0).isLessThan(now);
    }
}
