package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A crypto map applied to no interface (rules-drl/config/predict-phase2.drl) on a router that protects its tunnels
 * with IPsec profiles is most often a leftover. Held-out round 4 (scored once, then this fix) had a healthy GRE
 * tunnel beside such a map and got CRYPTO_MAP_NOT_APPLIED 0.85 and ISAKMP_KEY_MISSING 0.85 for the map's peer.
 */
class LeftoverCryptoMapTest {
    @Test
    void anUnappliedMapBesideProfileProtectedTunnelsIsALeadAndNeedsNoKey() {
        Diagnosis d = TestDoctor.diagnoseSample("317-ios-gre-profile-up-beside-leftover-crypto-map");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("CRYPTO_MAP_NOT_APPLIED"))
                .singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.3));
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("ISAKMP_KEY_MISSING");
    }

    @Test
    void anUnappliedMapOnACryptoMapOnlyDeviceIsStillTheVerdict() {
        // the neighbour: an ASA whose only map is applied nowhere
        Diagnosis d = TestDoctor.diagnoseSample("195-asa-policy-not-found-map-applied-nowhere");
        assertThat(d.rootCauses()).extracting(Finding::id).contains("CRYPTO_MAP_NOT_APPLIED");
    }
}
