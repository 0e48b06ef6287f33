package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * Our own pasted routing table answers the underlay question without a probe: no default route and no prefix
 * covering the peer's address means no IKE packet can leave for it (580, with a DOWN session and no SA: the
 * verdict). The same session with a default route (581) gives nothing. Before, the table was read only for the
 * return route of one-way counters, and 580 said nothing (found by held-out round 7, scored before the fix).
 */
class NoRouteToPeerTest {
    @Test
    void aTableWithoutAWayToThePeerAndNothingNegotiatedIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("580-ios-no-route-to-peer-session-down");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.7");
        assertThat(d.recommendations()).anySatisfy(a ->
                assertThat(a.command()).isEqualTo("ip route 198.51.100.7 255.255.255.255 <next-hop>"));
    }

    @Test
    void aDefaultRouteIsAWayToThePeer() {
        Diagnosis d = TestDoctor.diagnoseSample("581-ios-default-route-session-down");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("IKE_TRAFFIC_BLOCKED"));
    }
}
