package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * rules-drl/symptoms/ikev2-child-missing.drl: "Session with IKE ID PAIR ... is UP" is the IKE SA; an initiator that
 * then deletes it at once ("Queuing IKE SA delete request reason: unknown") and loads no IPsec keys got no child SA.
 * Held-out round 5 (scored once, then this fix) had an ASA initiator like this and the tool said nothing at all.
 */
class Ikev2ChildNotBuiltTest {

    @Test
    void anIkeSaDeletedAtOnceWithNoChildKeysLeadsToThePeersPhase2() {
        Diagnosis d = TestDoctor.diagnoseSample("337-asa-ikev2-initiator-session-up-then-deleted-no-child");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).startsWith("PEER_PHASE2_MISCONFIG")
                .contains("ENCRYPTION_DOMAIN_MISMATCH", "TRANSFORM_SET_MISMATCH");
        assertThat(d.hypotheses().get(0).confidence()).isEqualTo(0.45);
    }

    @Test
    void theChildKeysLoadedAfterTheUpLineIsAHealthyBringUp() {
        Diagnosis d = TestDoctor.diagnoseSample("339-asa-ikev2-initiator-session-up-child-keys-loaded-healthy");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }

    @Test
    void aNamedRefusalKeepsItsOwnReading() {
        // the peer's NO_PROPOSAL_CHOSEN is in this real IOS XE capture: the transform verdict stays
        Diagnosis d = TestDoctor.diagnoseSample("real/iosxe-ikev2-ipv6-vti-child-refused-in-ike-auth");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("TRANSFORM_SET_MISMATCH");
    }
}
