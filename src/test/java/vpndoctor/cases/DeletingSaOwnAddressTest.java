package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * PIX 'deleting SA: src A, dst B' names the SA's initiator first: our own address when we started it.
 * The peer is the end that is not ours, known from the config (444), or from the device's other lines
 * and the negotiation just before (020); a peer-initiated SA keeps src as the peer (445). No tunnel is
 * named by our own address.
 */
class DeletingSaOwnAddressTest {
    @Test
    void ourOwnAddressFromTheConfigNamesNoTunnel() {
        Diagnosis d = TestDoctor.diagnoseSample("444-pix-deleting-sa-we-initiated-own-address-from-config");
        assertThat(d.tunnels()).containsExactly("203.0.113.45");
        assertThat(d.benign()).allSatisfy(b -> assertThat(b.tunnel()).isEqualTo("203.0.113.45"));
    }

    @Test
    void aPeerInitiatedSaKeepsItsSourceAsThePeer() {
        Diagnosis d = TestDoctor.diagnoseSample("445-pix-deleting-sa-peer-initiated-with-config");
        assertThat(d.tunnels()).containsExactly("203.0.113.45");
    }

    @Test
    void theNegotiationJustBeforeTellsWhichEndIsThePeer() {
        Diagnosis d = TestDoctor.diagnoseSample("020-pix-retransmit-phase1-initiator");
        assertThat(d.tunnels()).containsExactly("203.0.113.99");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        assertThat(d.benign()).allSatisfy(b -> assertThat(b.tunnel()).isEqualTo("203.0.113.99"));
    }
}
