package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * Two IOS IKEv1 keyrings, each named by its own ISAKMP profile, holding a key for the same peer (Cisco
 * TechNote 117259): the responder picks a keyring by address before the identity picks the profile. The
 * config alone is a lead (664 for a VTI's far end, 669 for a crypto map peer under one /24 in both); the responder's debug naming the keyring the key came from and a matched
 * profile owning another keyring is the verdict (665; before, main mode failure read as IKE_POLICY_MISMATCH
 * 0.7 although the policy had been accepted). Not when each keyring holds its own peer (666), when the
 * overlap is a wildcard beside the peer's /32 (667: the most specific key wins), or when the key came from
 * the matched profile's own keyring and phase 1 completed (668).
 */
class OverlappingKeyringsTest {
    private static final String ID = "OVERLAPPING_KEYRINGS_FOR_PEER";

    @Test
    void theConfigAloneIsALead() {
        Diagnosis d = TestDoctor.diagnoseSample("664-cfg-ios-two-isakmp-profiles-keyrings-same-peer");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals(ID)).singleElement()
                .satisfies(f -> {
                    assertThat(f.tunnel()).isEqualTo("198.51.100.1");
                    assertThat(f.confidence()).isBetween(0.3, 0.49);
                });
    }

    @Test
    void aCryptoMapPeerCoveredByTwoProfilesKeyringsIsALeadToo() {
        Diagnosis d = TestDoctor.diagnoseSample("669-cfg-ios-crypto-map-peer-in-two-profiles-keyrings");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals(ID)).singleElement()
                .satisfies(f -> assertThat(f.tunnel()).isEqualTo("203.0.113.7"));
    }

    @Test
    void theRespondersKeyFromAnotherProfilesKeyringIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("665-ios-responder-key-from-other-profiles-keyring");
        assertThat(d.rootCauseIds()).containsExactly(ID);
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.1");
        assertThat(d.rootCauses().get(0).evidence()).anySatisfy(e -> assertThat(e.text()).contains("in KR-LEGACY : success"));
    }

    @Test
    void keyringsHoldingTheirOwnPeersAreNoLead() {
        Diagnosis d = TestDoctor.diagnoseSample("666-cfg-ios-two-isakmp-profiles-keyrings-own-peers");
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals(ID));
    }

    @Test
    void aWildcardBesideThePeersHostKeyIsNoLead() {
        Diagnosis d = TestDoctor.diagnoseSample("667-cfg-ios-wildcard-keyring-beside-specific-profile");
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals(ID));
    }

    @Test
    void aKeyFromTheMatchedProfilesOwnKeyringWithPhaseOneUpIsHealthy() {
        Diagnosis d = TestDoctor.diagnoseSample("668-ios-responder-key-from-profiles-own-keyring-up");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals(ID));
    }
}
