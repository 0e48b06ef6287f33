package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A tunnel's own packets (GRE, IP-in-IP) arriving in clear between the tunnel addresses (IOS RECVD_PKT_NOT_IPSEC with
 * prot= 47) are no host flow of the encryption domains: either the peer's end of a protected tunnel has no protection,
 * or an unprotected tunnel shares the two addresses of a protected one, whose SA claims its packets
 * (UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS, rules-drl/hypotheses/clear-tunnel-packets.drl and
 * config/shared-tunnel-endpoints.drl). Session 12 first sight: a real CCNP-lab incident (plain GRE beside a VTI on the
 * same loopbacks) gave no root cause and named no tunnel.
 */
class ClearTunnelPacketsTest {

    @Test
    void clearGreBesideAWorkingSaWithThatPeerIsASecondUnprotectedTunnel() {
        Diagnosis d = TestDoctor.diagnoseSample("400-ios-clear-gre-beside-working-vti-sa-second-tunnel");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS");
        assertThat(d.rootCauses()).extracting(Finding::tunnel).containsExactly("192.0.2.40");
    }

    @Test
    void clearGreAloneLeavesTwoLeadsAndNoDomainReading() {
        Diagnosis d = TestDoctor.diagnoseSample("401-ios-clear-gre-from-peer-no-sa-shown");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id)
                .contains("TUNNEL_PROTECTION_MISSING", "UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS")
                .doesNotContain("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(d.hypotheses().get(0).id()).isEqualTo("TUNNEL_PROTECTION_MISSING");
    }

    @Test
    void aFilteredAnyAnyVtiEntryRaisesTheSharedEndpointsLeadWithoutAVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("404-ios-clear-gre-beside-filtered-vti-any-any-paste");
        Diagnosis alone = TestDoctor.diagnoseSample("401-ios-clear-gre-from-peer-no-sa-shown");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(confidence(d, "UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS"))
                .isGreaterThan(confidence(alone, "UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS")).isLessThan(0.5);
    }

    @Test
    void aHostFlowInClearKeepsTheDomainReading() {
        Diagnosis d = TestDoctor.diagnoseSample("405-ios-clear-host-flow-console-two-lines-domains");
        assertThat(d.hypotheses()).extracting(Finding::id).contains("ENCRYPTION_DOMAIN_MISMATCH")
                .doesNotContain("UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS", "TUNNEL_PROTECTION_MISSING");
    }

    @Test
    void aConfigWithAPlainAndAProtectedTunnelOnTheSameAddressesPredictsTheDrop() {
        Diagnosis d = TestDoctor.diagnoseSample("402-ios-config-plain-gre-and-vti-same-loopbacks");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS");
    }

    @Test
    void plainAndProtectedTunnelsOnTheirOwnAddressesAreHealthy() {
        // the neighbour: the author's fix, two protected tunnels sharing one address pair and the plain one elsewhere
        Diagnosis d = TestDoctor.diagnoseSample("403-ios-config-plain-gre-and-vti-own-loopbacks-healthy");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("UNPROTECTED_TUNNEL_SHARES_PROTECTED_ENDPOINTS");
    }

    private static double confidence(Diagnosis d, String id) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id)).mapToDouble(Finding::confidence).max().orElse(0);
    }
}
