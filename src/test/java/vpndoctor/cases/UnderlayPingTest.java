package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * A ping from the gateway to the peer gateway's own address checks the underlay (the path IKE and ESP ride on),
 * not the tunnel. Before, it was read like a ping toward the peer's network, or as "tests nothing". Unanswered
 * while our next hop answers and IKE got no answer either (500): the path to the peer is broken; answered (503):
 * the blocked-path lead counts less.
 */
class UnderlayPingTest {
    private static double blocked(Diagnosis d) {
        return java.util.stream.Stream.concat(d.rootCauses().stream(), d.hypotheses().stream())
                .filter(f -> f.id().equals("IKE_TRAFFIC_BLOCKED")).findFirst().orElseThrow().confidence();
    }

    @Test
    void anUnansweredPeerPingWithAnUnansweredIkeExchangeIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("500-ios-ikev2-in-neg-nothing-agreed-peer-ping-fails-next-hop-answers");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.77");
        assertThat(blocked(d)).isGreaterThan(blocked(TestDoctor.diagnoseSample("502-ios-ikev2-in-neg-nothing-agreed-alone")));
    }

    @Test
    void anAnsweredPeerPingWeakensTheBlockedPath() {
        Diagnosis answered = TestDoctor.diagnoseSample("503-ios-ikev2-in-neg-nothing-agreed-peer-ping-answers");
        Diagnosis alone = TestDoctor.diagnoseSample("502-ios-ikev2-in-neg-nothing-agreed-alone");
        assertThat(answered.rootCauses()).isEmpty();
        assertThat(blocked(answered)).isGreaterThan(0.0).isLessThan(blocked(alone));
    }

    @Test
    void theIkev1FormAgreesTheSameWay() {
        Diagnosis d = TestDoctor.diagnoseSample("507-ios-mm-no-state-and-peer-ping-fails");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
    }

    @Test
    void aPeerThatDropsIcmpWithPhaseOneUpIsNoLeadAndNoTunnelTest() {
        Diagnosis d = TestDoctor.diagnoseSample("505-ios-peer-ping-fails-phase1-up-peer-drops-icmp");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("IKE_TRAFFIC_BLOCKED"));
        // not read as a ping from the outside address toward the peer's network (227): no "source it from inside" advice
        assertThat(d.recommendations()).noneSatisfy(a -> assertThat(a.command()).contains("source <inside-interface>"));
    }

    @Test
    void anUnansweredPeerPingAloneIsALeadNotAVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("506-ios-peer-ping-fails-next-hop-answers-no-ike-evidence");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(blocked(d)).isGreaterThan(0.2).isLessThan(0.5);
        assertThat(d.recommendations()).anySatisfy(a -> assertThat(a.command()).isEqualTo("traceroute 198.51.100.7"));
    }

    @Test
    void aTracerouteThatStopsShortOfThePeerAgreesWithAnUnansweredIkeExchange() {
        Diagnosis stops = TestDoctor.diagnoseSample("512-ios-mm-no-state-traceroute-to-peer-stops-after-isp-hop");
        assertThat(stops.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        Diagnosis reaches = TestDoctor.diagnoseSample("513-ios-mm-no-state-traceroute-reaches-peer");
        assertThat(reaches.rootCauses()).isEmpty();
        assertThat(blocked(reaches)).isGreaterThan(0.0).isLessThan(0.35);
    }
}
