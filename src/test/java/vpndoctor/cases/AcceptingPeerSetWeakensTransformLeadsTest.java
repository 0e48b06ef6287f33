package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A set of the one peer's pasted config that holds what our SA request offered lowers the weaker
 * TRANSFORM_SET_MISMATCH leads (660: the peer's bare NO_PROPOSAL_CHOSEN after main mode, 0.4, fell below
 * PFS). Before, such a set only kept the 0.55 unanchored reading away (601), and the refusal alone kept
 * the transform sets first. Not when no set of the peer's accepts the request (661: verdict stands).
 */
class AcceptingPeerSetWeakensTransformLeadsTest {
    private static double confidence(Diagnosis d, String id) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id)).mapToDouble(Finding::confidence).findFirst().orElse(0);
    }

    @Test
    void anAcceptingPeerSetPutsTheBareRefusalBehindPfs() {
        Diagnosis d = TestDoctor.diagnoseSample("660-ios-quick-mode-refused-peer-set-accepts-request");
        assertThat(d.rootCauseIds()).doesNotContain("TRANSFORM_SET_MISMATCH");
        assertThat(confidence(d, "TRANSFORM_SET_MISMATCH")).isGreaterThan(0).isLessThan(confidence(d, "PFS_MISMATCH"));
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("TRANSFORM_SET_MISMATCH")).singleElement()
                .satisfies(f -> assertThat(String.join(" ", f.whyNot())).contains("accepts what our SA request offered"));
    }

    @Test
    void withoutAnAcceptingSetTheTransformVerdictStands() {
        Diagnosis d = TestDoctor.diagnoseSample("661-ios-quick-mode-refused-peer-sets-refuse-request");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(d.rootCauses().get(0).confidence()).isGreaterThan(0.7);
    }
}
