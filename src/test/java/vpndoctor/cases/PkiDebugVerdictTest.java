package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Session 12: IOS "debug crypto pki" lines were unread, so a certificate that chains to no trustpoint
 * (a real TAC capture: an ASA that omits its intermediate CA) gave no verdict at all. The PKI's own
 * verdict ("No suitable trustpoints found") and IKEv2's "Verify cert failed" now mean a certificate
 * authentication failure; the PKI's issuer lookup before it is a step, not a failure (neighbour 471).
 */
class PkiDebugVerdictTest {
    @Test
    void thePkiVerdictOfNoTrustpointIsACertificateFailure() {
        Diagnosis d = TestDoctor.diagnoseSample("470-iosxe-debug-pki-no-trustpoint-for-peer-issuer");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("IKE_AUTH_CERT_FAILURE");
        Finding f = d.rootCauses().get(0);
        assertThat(f.tunnel()).isEqualTo("198.51.100.70");
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("no trustpoint for the issuer"));
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("did not verify"));
    }

    @Test
    void anIssuerLookupThatGoesOnToAVerifiedChainIsNoFault() {
        Diagnosis d = TestDoctor.diagnoseSample("471-iosxe-debug-pki-issuer-lookup-then-chain-verified-healthy");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("IKE_AUTH_CERT_FAILURE"));
    }
}
