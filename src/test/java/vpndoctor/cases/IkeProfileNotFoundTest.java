package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * IOS-XE finding no IKEv2 profile for the peer's certificate identity is an identity mismatch (Cisco 117337);
 * the bare "IKEv2 profile not found" is config-exchange noise on
 * healthy routers and names no cause by itself.
 */
class IkeProfileNotFoundTest {
    private static final String CERT_LOOKUP_FAILED = "Nov 30 22:49:14.464: IKEv2:%Profile could not be found by peer certificate.";
    private static final String PROFILE_NOT_FOUND = "Nov 30 22:49:14.468: IKEv2:% IKEv2 profile not found";

    private static Diagnosis diagnose(String... lines) {
        return TestDoctor.get().diagnose(Evidence.builder().log("router.log", String.join("\n", lines)).build());
    }

    private static boolean names(Diagnosis d, String cause) {
        return d.rootCauses().stream().anyMatch(r -> r.id().equals(cause));
    }

    @Test
    void noProfileForTheCertificateIdentityIsAnIdentityMismatch() {
        assertThat(names(diagnose(CERT_LOOKUP_FAILED, PROFILE_NOT_FOUND), "IKE_PROFILE_IDENTITY_MISMATCH")).isTrue();
    }

    @Test
    void theBareLineOfAHealthyConfigExchangeIsNoCause() {
        assertThat(diagnose(PROFILE_NOT_FOUND).rootCauses()).isEmpty();
    }
}
