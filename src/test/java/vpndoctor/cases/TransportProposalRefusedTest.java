package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A peer's transport-mode quick mode proposal refused on an IOS device whose only set with those transforms is
 * tunnel mode: the debug shows plain transport did not fall back, so the mode is named as what differs. A refusal
 * where our matching set is transport too adds no mode reason.
 */
class TransportProposalRefusedTest {
    private static final String MISMATCH = "TRANSFORM_SET_MISMATCH";

    @Test
    void aRefusedTransportProposalAgainstATunnelModeSetNamesTheMode() {
        Diagnosis d = TestDoctor.diagnoseSample("698-ios-dmvpn-hub-refuses-transport-proposal-tunnel-set");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(MISMATCH);
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("transport mode") && r.contains("tunnel mode only"));
    }

    @Test
    void aRefusalWhereOurSetIsTransportTooNamesNoMode() {
        Diagnosis d = TestDoctor.diagnoseSample("699-ios-dmvpn-hub-refuses-transport-proposal-transport-set");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(MISMATCH);
        assertThat(d.rootCauses().get(0).supportedBy()).noneMatch(r -> r.contains("tunnel mode only"));
    }
}
