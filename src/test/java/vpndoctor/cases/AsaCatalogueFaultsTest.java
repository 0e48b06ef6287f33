package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Session 9: ASA/FTD catalogue ids that were faults no rule weighed (a trace marked unexplained) now
 * have a kind and rules, each checked against Cisco's explanation of the message. Every conclusion is
 * asserted on its sample (266-289), and each has a neighbour where the same message does not make it:
 * the tunnel comes up afterwards, the message comes once, or it names no tunnel of its own.
 */
class AsaCatalogueFaultsTest {
    private static Diagnosis log(String... lines) {
        return TestDoctor.get().diagnose(Evidence.builder().log("asa.log", String.join("\n", lines) + "\n").build());
    }

    private static Optional<Finding> cause(Diagnosis d, String id) {
        return d.rootCauses().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static Optional<Finding> hypothesis(Diagnosis d, String id) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static List<String> ids(Diagnosis d) {
        return d.rootCauses().stream().map(Finding::id).toList();
    }

    @Test
    void originateOnlyRefusalsThatGoOnAreTheConnectionType() {
        Diagnosis d = TestDoctor.diagnoseSample("266-asa-originate-only-refuses-peer-initiated-tunnel");
        assertThat(ids(d)).containsExactly("CONNECTION_TYPE_ORIGINATE_ONLY");
        Finding f = cause(d, "CONNECTION_TYPE_ORIGINATE_ONLY").orElseThrow();
        assertThat(f.tunnel()).isEqualTo("198.51.100.61");
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("originate-only") && r.contains("refused 3 times"));
        // the refusal device holds the entry: the fix is for it, in its syntax
        assertThat(f.remediation()).anyMatch(r -> r.contains("set connection-type bidirectional"));
        // neighbour: the originate-only side brought its own tunnel up, as Cisco says it then accepts
        assertThat(TestDoctor.diagnoseSample("267-asa-originate-only-refusal-then-own-tunnel-up-healthy").rootCauses()).isEmpty();
        // one refusal with nothing after it is a lead, never a verdict
        Diagnosis once = TestDoctor.diagnoseSample("285-asa-originate-only-single-refusal-lead-only");
        assertThat(once.rootCauses()).isEmpty();
        assertThat(hypothesis(once, "CONNECTION_TYPE_ORIGINATE_ONLY")).isPresent();
    }

    @Test
    void aPeerTheL2lPolicyDoesNotNameIsAWrongPeerAddress() {
        Finding f = cause(TestDoctor.diagnoseSample("268-asa-peer-does-not-match-l2l-policy"), "WRONG_PEER_ADDRESS").orElseThrow();
        assertThat(f.tunnel()).isEqualTo("198.51.100.63");
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("names peer 198.51.100.93"));
        assertThat(TestDoctor.diagnoseSample("269-asa-peer-does-not-match-l2l-policy-then-up-healthy").rootCauses()).isEmpty();
    }

    @Test
    void aRemoteNetworkAnotherPeerHoldsIsOverlappingDomainsOnlyForTheRefusedPeer() {
        Diagnosis d = TestDoctor.diagnoseSample("270-asa-remote-network-held-by-another-peer");
        assertThat(d.rootCauses()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("OVERLAPPING_PEER_ENCRYPTION_DOMAINS");
            assertThat(f.tunnel()).isEqualTo("198.51.100.65");
        });
        assertThat(TestDoctor.diagnoseSample("271-asa-remote-network-held-by-another-peer-then-up-healthy").rootCauses()).isEmpty();
        // the message alone names no peer: Cisco's own message list in a log makes no tunnel's fault
        assertThat(log("%FTD-7-715067: QM IsRekeyed: existing sa from different peer, rejecting new sa").rootCauses()).isEmpty();
    }

    @Test
    void invalidSelectorsFromThePeerCountBeforeTheyAreAFault() {
        Diagnosis d = TestDoctor.diagnoseSample("272-asa-ikev2-peer-reports-invalid-selectors-repeatedly");
        assertThat(ids(d)).containsExactly("TRAFFIC_OUTSIDE_PEER_SELECTORS");
        // the tunnel is up: that does not weaken a data-plane fault of an up tunnel
        assertThat(cause(d, "TRAFFIC_OUTSIDE_PEER_SELECTORS").orElseThrow().confidence()).isGreaterThanOrEqualTo(0.7);
        Diagnosis once = TestDoctor.diagnoseSample("273-asa-ikev2-single-invalid-selectors-not-a-fault");
        assertThat(once.rootCauses()).isEmpty();
        assertThat(hypothesis(once, "TRAFFIC_OUTSIDE_PEER_SELECTORS")).isPresent();
    }

    @Test
    void aPeerProposingItsOwnPublicAddressPutsItsGatewayInItsDomain() {
        Finding f = cause(TestDoctor.diagnoseSample("274-asa-peer-proposes-its-own-public-address"), "PEER_GATEWAY_IN_ENCRYPTION_DOMAIN").orElseThrow();
        assertThat(f.tunnel()).isEqualTo("198.51.100.70");
        assertThat(TestDoctor.diagnoseSample("275-asa-ikev2-same-outer-inner-then-up-healthy").rootCauses()).isEmpty();
    }

    @Test
    void anExpiredTrustpointCertificateWeighsOnlyBesideAFailure() {
        Finding f = cause(TestDoctor.diagnoseSample("276-asa-ca-certificate-expired-peer-chain-fails"), "IKE_AUTH_CERT_FAILURE").orElseThrow();
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("trustpoint BRANCH-CA has expired"));
        // alone (the Smart Call Home CA, logged whether used or not): no verdict, a pointer at the certificate
        Diagnosis healthy = TestDoctor.diagnoseSample("277-asa-unused-trustpoint-expired-tunnel-healthy");
        assertThat(healthy.rootCauses()).isEmpty();
        assertThat(healthy.hypotheses()).isEmpty();
        assertThat(healthy.recommendations()).extracting(Advice::command).contains("show crypto ca certificates _SmartCallHome_ServerCA");
        // beside an IKEv2 AUTH failure without a certificate error: a lead, the key stays the first suspect
        Diagnosis lead = TestDoctor.diagnoseSample("284-asa-identity-certificate-expired-ikev2-auth-failed-lead-only");
        assertThat(ids(lead)).containsExactly("PSK_MISMATCH");
        assertThat(hypothesis(lead, "IKE_AUTH_CERT_FAILURE").orElseThrow().supportedBy()).anyMatch(r -> r.contains("ASA-ID-TP"));
    }

    @Test
    void idsOfKnownFamiliesJoinTheirFamilysRules() {
        assertThat(ids(TestDoctor.diagnoseSample("278-asa-ikev2-sa-request-rejected-by-cac"))).containsExactly("TUNNEL_LIMIT_REACHED");
        assertThat(TestDoctor.diagnoseSample("279-asa-ikev2-cac-rejection-then-up-healthy").rootCauses()).isEmpty();
        assertThat(ids(TestDoctor.diagnoseSample("280-asa-ikev2-no-self-authentication-method-for-peer"))).first().isEqualTo("WRONG_PEER_ADDRESS");
        assertThat(ids(TestDoctor.diagnoseSample("281-asa-peer-certificate-data-not-verified"))).containsExactly("IKE_AUTH_CERT_FAILURE");
    }

    @Test
    void aProxyRangeWrittenBackwardsIsTheDomainOnThePeersSide() {
        Finding f = cause(TestDoctor.diagnoseSample("286-asa-peer-proposes-invalid-proxy-range"), "ENCRYPTION_DOMAIN_MISMATCH").orElseThrow();
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("invalid local proxy range"));
        assertThat(f.change()).isNotNull();
        assertThat(f.change().side()).isEqualTo("peer");
        assertThat(TestDoctor.diagnoseSample("287-asa-valid-proxy-range-tunnel-up-healthy").rootCauses()).isEmpty();
    }

    @Test
    void aCertificatePayloadUnderAPreSharedKeyMethodIsAnAuthenticationMethodMismatch() {
        assertThat(ids(TestDoctor.diagnoseSample("288-asa-certificate-payload-with-pre-shared-key-method"))).containsExactly("IKE_POLICY_MISMATCH");
        assertThat(TestDoctor.diagnoseSample("289-asa-certificate-payload-once-then-up-healthy").rootCauses()).isEmpty();
    }

    @Test
    void clearTextForAProtectedFlowIsAHypothesisOnTheTunnelNotOnTheHost() {
        Diagnosis d = TestDoctor.diagnoseSample("282-asa-non-ipsec-packet-for-protected-flow");
        assertThat(d.rootCauses()).isEmpty();
        Finding h = hypothesis(d, "ENCRYPTION_DOMAIN_MISMATCH").orElseThrow();
        // the packet's source host is no peer: the tunnel is the one the lines before it negotiated
        assertThat(h.tunnel()).isEqualTo("198.51.100.78");
        assertThat(h.supportedBy()).anyMatch(r -> r.contains("10.78.0.25 -> 10.1.0.9"));
    }

    @Test
    void messagesCiscoSaysNeedNoActionAreNotPointedAtAsFaults() {
        Diagnosis d = TestDoctor.diagnoseSample("283-asa-pfs-group-overridden-tunnel-up-healthy");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.recommendations()).noneMatch(a -> a.why().contains("has no rule for"));
        // before session 9 the same line was a fault no rule reads; another unread fault id still is
        Diagnosis unread = log("Dec 06 10:12:01 asa-hq %ASA-3-713261: IP = 198.51.100.81, IPV6 address on output interface 2 was not found");
        assertThat(unread.recommendations()).anyMatch(a -> a.why().contains("has no rule for"));
    }

    @Test
    void theSamplesAreWhereTheIndexSaysTheyAre() {
        for (int n = 266; n <= 289; n++) {
            String prefix = Integer.toString(n);
            assertThat(TestDoctor.samples().toFile().list((dir, name) -> name.startsWith(prefix + "-asa-"))).as(prefix).hasSize(1);
        }
        assertThat(Path.of("facts-samples/INDEX.md")).content().contains("`266`-`289`");
    }
}
