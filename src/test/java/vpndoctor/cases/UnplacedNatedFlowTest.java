package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * packet-tracer NATs a flow and no VPN phase encrypts it: a missing NAT exemption only when the flow
 * can be tunnel traffic. Placed by the crypto ACL it is the verdict (sample 212); unplaced but toward a
 * tunnel's remote network it stays a lead; toward no encryption domain (the internet) it is nothing.
 */
class UnplacedNatedFlowTest {
    @Test
    void aNatedInternetFlowIsNoMissingExemption() {
        Diagnosis d = TestDoctor.diagnoseSample("526-asa-packet-tracer-natted-internet-flow-outside-every-domain");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("NAT_EXEMPTION_MISSING");
    }

    @Test
    void anUnplacedNatedFlowTowardTheRemoteNetworkStaysALead() {
        Diagnosis d = TestDoctor.diagnoseSample("527-asa-packet-tracer-natted-flow-unplaced-source-toward-remote-network");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("NAT_EXEMPTION_MISSING"))
                .singleElement().satisfies(f -> assertThat(f.confidence()).isBetween(0.3, 0.49));
    }

    @Test
    void aPlacedNatedFlowIsStillTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("212-asa-packet-tracer-nat-before-crypto");
        assertThat(d.rootCauses()).extracting(Finding::id).startsWith("NAT_EXEMPTION_MISSING");
    }
}
