package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * An inbound and an outbound ESP SA both ACTIVE with a peer are installed only after phase 1 authenticated
 * that peer: they stand against phase 1 faults on that tunnel whatever the counters say, and say nothing
 * about which traffic the SA carries (phase 2 traffic faults keep their weight).
 */
class EspSaPairProvesPhaseOneTest {
    private static Optional<Finding> hypothesis(Diagnosis d, String id, String tunnel) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id) && f.tunnel().equals(tunnel)).findFirst();
    }

    @Test
    void anActiveEspPairWithNoTrafficWeakensACertificateFailureBelowTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("562-iosxe-verify-cert-failed-then-esp-pair-active");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(hypothesis(d, "IKE_AUTH_CERT_FAILURE", "198.51.100.62")).get()
                .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.40, within(0.001)));
    }

    @Test
    void anEntryWithoutAnyEspSaLeavesTheCertificateVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("563-iosxe-verify-cert-failed-esp-entry-without-sa");
        assertThat(d.rootCauses()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("IKE_AUTH_CERT_FAILURE");
            assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8);
        });
    }

    @Test
    void theActivePairWithDecapsOnlyWeakensPhaseOneButNotTheOneWayTrafficLead() {
        // real capture: IKMP_NO_ID_CERT_ADDR_MATCH notice, then an ACTIVE pair with decaps 2 and encaps 0
        Diagnosis d = TestDoctor.diagnoseSample("real/ios-healthy-ikev2-cert-crypto-map-on-gre-tunnel-id-cert-notice");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(hypothesis(d, "IKE_AUTH_CERT_FAILURE", "192.168.30.2")).get()
                .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.10, within(0.001)));
        assertThat(hypothesis(d, "NAT_EXEMPTION_MISSING", "192.168.30.2")).get()
                .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.35, within(0.001)));
    }
}
