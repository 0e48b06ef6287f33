package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Session 12 held-out round 6: a DMVPN hub's quick mode proposal for GRE (protocol 47, transport mode)
 * between the two gateways was read as "the peer put its own gateway in its encryption domain" at 0.80.
 * Those selectors are what tunnel protection proposes; the Check Point fault (031) is a tunnel-mode
 * proposal for any protocol whose remote side is the gateway /32 while ours is a network.
 */
class GatewaySelectorsOfGreTest {
    @Test
    void greTransportSelectorsBetweenTheGatewaysAreNotThePeerGatewayInItsDomain() {
        Diagnosis d = TestDoctor.diagnoseSample("480-ios-gre-transport-proposal-gateway-host-selectors");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain("PEER_GATEWAY_IN_ENCRYPTION_DOMAIN");
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("PEER_GATEWAY_IN_ENCRYPTION_DOMAIN");
    }

    @Test
    void theCheckPointGatewayInATunnelModeDomainIsStillTheFault() {
        Diagnosis d = TestDoctor.diagnoseSample("031-pix-checkpoint-gateway-in-domain");
        assertThat(d.rootCauses()).extracting(Finding::id).contains("PEER_GATEWAY_IN_ENCRYPTION_DOMAIN");
    }
}
