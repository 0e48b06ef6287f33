package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Keys of unequal specificity for one peer (TechNote 117259): the IKEv1 responder takes the most specific key over
 * every keyring, the global keys included. A fault lead only when that key is outside the keyring of the ISAKMP
 * profile the peer's address matches; the healthy "wildcard plus specific in the profile's keyring" says nothing.
 */
class KeyringSpecificityTest {
    private static final String OVERLAP = "OVERLAPPING_KEYRINGS_FOR_PEER";

    @Test
    void aGlobalSpecificKeyBesideTheProfilesSubnetKeyIsALead() {
        Diagnosis d = TestDoctor.diagnoseSample("696-cfg-ios-global-specific-key-beside-profile-subnet-keyring");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(OVERLAP);
        assertThat(d.hypotheses().get(0).confidence()).isLessThan(0.5);
    }

    @Test
    void aGlobalWildcardBesideTheProfilesSpecificKeyIsHealthy() {
        Diagnosis d = TestDoctor.diagnoseSample("697-cfg-ios-global-wildcard-key-beside-profile-specific-keyring");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(OVERLAP);
    }
}
