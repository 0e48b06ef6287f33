package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * ASA 750003 "Failed to receive the AUTH msg before the timer expired" comes after IKE_SA_INIT was exchanged: the
 * peer's packets arrived, so a lone such line is no "not one packet from the peer" (675: the lost-AUTH lead, 0.4).
 * Giving up IKE_SA_INIT after the retransmissions with nothing from the peer stays the blocked path's verdict (676).
 * Before, 675 gave IKE_TRAFFIC_BLOCKED 0.60 "phase 1 retransmitted, not one packet from the peer" (held-out round 9's
 * doubtful ASA-MikroTik case, scored before this fix).
 */
class AuthTimerIsNoDeadPathTest {
    @Test
    void aLoneAuthTimerIsTheLostAuthLeadNotADeadPath() {
        Diagnosis d = TestDoctor.diagnoseSample("675-asa-ikev2-lone-auth-timer-expired-syslog");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("IKE_TRAFFIC_BLOCKED")).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.4))
                .satisfies(f -> assertThat(f.supportedBy()).noneMatch(r -> r.contains("not one packet from the peer"))
                        .anyMatch(r -> r.contains("IKE_SA_INIT went through")));
    }

    @Test
    void givingUpSaInitWithNothingFromThePeerStaysTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("676-asa-ikev2-lone-max-retransmissions-syslog");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("not one packet from the peer"));
    }
}
