package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.Finding;

/**
 * The network a peer's quick mode proposed (ASA 713034/713035, or 713061's own proxies), compared with our
 * crypto ACL by containment when phase 2 is refused: a root cause citing the received line and the ACL line;
 * without the config the refusal's own verdict, the received line cited; a wider proposal beside an
 * object-group excerpt, no SA after it, a lead. Equal networks, a tunnel that comes up, and a proposal that
 * differs only in protocol or port claim no network mismatch.
 */
class ReceivedProxyNetworkTest {
    private static final String DOMAIN = "ENCRYPTION_DOMAIN_MISMATCH";

    private static Finding only(List<Finding> findings) {
        assertThat(findings).extracting(Finding::id).containsExactly(DOMAIN);
        return findings.get(0);
    }

    @Test
    void aProposalWiderThanTheCryptoAclsObjectGroupIsTheMismatchCitingBothLines() {
        Finding f = only(TestDoctor.diagnoseSample("701-asa-peer-proposes-vnet-16-crypto-acl-object-group-24").rootCauses());
        assertThat(f.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.supportedBy()).anySatisfy(r -> assertThat(r).contains("proposed 10.70.0.0/16").contains("10.70.0.0/24 (the proposal is wider)")
                .contains("asa.cfg:20"));
        assertThat(f.evidence()).extracting(EvidenceLine::text).anySatisfy(t -> assertThat(t).contains("713035"))
                .anySatisfy(t -> assertThat(t).contains("access-list cloud-vpn-acl"));
    }

    @Test
    void the713061LinesOwnLocalProxyNarrowerThanOurSourceIsTheMismatch() {
        Finding f = only(TestDoctor.diagnoseSample("702-asa-713061-local-proxy-narrower-than-crypto-acl-source").rootCauses());
        assertThat(f.supportedBy()).anySatisfy(r -> assertThat(r).contains("192.168.72.0/25 as our network").contains("(the proposal is narrower)"));
    }

    @Test
    void receivedProxiesOfATunnelThatComesUpAreNoFault() {
        for (String s : List.of("703-asa-proposal-equal-to-crypto-acl-tunnel-up-healthy", "704-asa-proposal-narrower-than-crypto-acl-tunnel-up-healthy")) {
            Diagnosis d = TestDoctor.diagnoseSample(s);
            assertThat(d.rootCauses()).as(s).isEmpty();
            assertThat(d.hypotheses()).as(s).extracting(Finding::id).doesNotContain(DOMAIN);
        }
    }

    @Test
    void withoutTheConfigTheRefusalDecidesAndTheProposedNetworkIsNamed() {
        Finding f = only(TestDoctor.diagnoseSample("705-asa-syslog-refused-proposal-no-config").rootCauses());
        assertThat(f.confidence()).isEqualTo(0.6); // the refusal's own weight: naming the network adds none
        // cited, not printed: a log-only rule that printed the network would put every tunnel's network in the shape memo's key
        assertThat(f.supportedBy()).anySatisfy(r -> assertThat(r).contains("received proxy line cited")).noneSatisfy(r -> assertThat(r).contains("10.75.0.0"));
        assertThat(f.evidence()).extracting(EvidenceLine::text).anySatisfy(t -> assertThat(t).contains("713035").contains("Address 10.75.0.0, Mask 255.255.0.0"));
    }

    @Test
    void aProposalDifferingOnlyInProtocolOrPortClaimsNoNetworkMismatch() {
        Finding f = only(TestDoctor.diagnoseSample("706-asa-proposal-differs-only-in-protocol-port").rootCauses());
        assertThat(f.confidence()).isEqualTo(0.6);
        assertThat(f.supportedBy()).noneSatisfy(r -> assertThat(r).contains("our crypto ACL for it names"));
    }

    @Test
    void aWiderProposalBesideAnObjectGroupExcerptIsOneLead() {
        Diagnosis d = TestDoctor.diagnoseSample("707-asa-proposal-wider-than-object-group-excerpt");
        assertThat(d.rootCauses()).isEmpty();
        Finding f = only(d.hypotheses());
        assertThat(f.confidence()).isEqualTo(0.35); // two members inside the proposal: one vote
        assertThat(f.supportedBy()).anySatisfy(r -> assertThat(r).contains("10.77.0.0/16").contains("partner-networks"));
    }

    @Test
    void aProposalEqualToTheObjectGroupIsNoLead() {
        Diagnosis d = TestDoctor.diagnoseSample("708-asa-proposal-equal-to-object-group-excerpt");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(DOMAIN);
    }
}
