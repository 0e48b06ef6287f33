package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A front-door VRF and IKEv1 keys (rules-drl/config/front-door-vrf.drl). A real DMVPN hub moved into a front-door
 * VRF kept its wildcard key as a global 'crypto isakmp key'; both sessions stayed DOWN and the author fixed it with a
 * keyring bound to the VRF (ios-dmvpn-hub-fvrf-global-isakmp-key-session-down). Before session 10 the tool said
 * nothing at all: VRF lines were not read.
 */
class FrontDoorVrfKeysTest {
    @Test
    void theRealHubsSessionsThroughTheVrfTunnelHaveNoKey() {
        Diagnosis d = TestDoctor.diagnoseSample("real/ios-dmvpn-hub-fvrf-global-isakmp-key-session-down");
        assertThat(d.rootCauses()).extracting(Finding::id).containsOnly("FRONT_DOOR_VRF_KEYS_IN_GLOBAL_TABLE");
        assertThat(d.rootCauses()).extracting(Finding::tunnel).containsExactlyInAnyOrder("202.100.2.1", "202.100.3.1");
    }

    @Test
    void aPointToPointTunnelInAVrfWithAGlobalKeyHasNoKeyForItsDestination() {
        Diagnosis d = TestDoctor.diagnoseSample("314-cfg-ios-vti-front-door-vrf-key-in-global-table");
        assertThat(d.rootCauses()).extracting(Finding::id, Finding::tunnel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FRONT_DOOR_VRF_KEYS_IN_GLOBAL_TABLE", "198.51.100.89"));
    }

    @Test
    void aKeyringBoundToTheVrfHoldsTheKey() {
        // the neighbour
        Diagnosis d = TestDoctor.diagnoseSample("315-cfg-ios-vti-front-door-vrf-keyring-bound");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("FRONT_DOOR_VRF_KEYS_IN_GLOBAL_TABLE", "ISAKMP_KEY_MISSING");
    }
}
