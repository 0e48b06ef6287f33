package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * %DMVPN-5-NHRP_NHS_DOWN: a hub the spoke lost. The crypto session to it decides the layer: shown up,
 * the lead is NHRP (authentication, tunnel key); not shown up, the crypto session, with a certificate
 * lead when IKE signs with certificates. A later NHRP_NHS_UP is a recovery. Leads only, never a verdict.
 */
class NhrpNhsDownTest {
    private static List<String> leads(Diagnosis d, String tunnel) {
        return d.hypotheses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void nhsDownWithTheCryptoSocketUpIsAnNhrpLead() {
        Diagnosis d = TestDoctor.diagnoseSample("520-iosxe-dmvpn-spoke-nhs-down-crypto-socket-up");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(leads(d, "203.0.113.10")).containsExactlyInAnyOrder("NHRP_AUTH_MISMATCH", "TUNNEL_KEY_MISMATCH");
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
    }

    @Test
    void nhsDownWithoutACryptoSessionOnACertificateSpokeIsACertificateLead() {
        Diagnosis d = TestDoctor.diagnoseSample("521-iosxe-dmvpn-spoke-nhs-down-certificate-ike-no-session");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(leads(d, "203.0.113.10")).containsExactly("IKE_AUTH_CERT_FAILURE");
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
        assertThat(d.recommendations()).anySatisfy(r -> assertThat(r.command()).contains("show crypto session remote 203.0.113.10"));
    }

    @Test
    void nhsDownOnAPreSharedKeySpokeGivesNoCertificateLead() {
        Diagnosis d = TestDoctor.diagnoseSample("523-iosxe-dmvpn-spoke-nhs-down-psk-no-session");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
        assertThat(d.recommendations()).anySatisfy(r -> assertThat(r.command()).contains("show crypto session remote 203.0.113.10"));
    }

    @Test
    void nhsDownThenUpIsARecovery() {
        Diagnosis d = TestDoctor.diagnoseSample("522-iosxe-dmvpn-spoke-nhs-down-then-up");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }
}
