package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.model.config.TransformSet;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;
import vpndoctor.rules.ConfigFunctions;

/**
 * IOS show output that says where a crypto map stands (s13 first-sight fault, missing knowledge 1-3):
 * 'show crypto map' (transform sets, "Interfaces using crypto map"), 'show crypto session [detail]'
 * ("origin: crypto map", "IKEv1 SA: ... Active") and 'show crypto engine connections active' (IKE rows
 * without IPsec rows), and a config excerpt without interfaces that cannot show a binding. Each driving
 * sample has a neighbour that must keep today's answer.
 */
class ShowCryptoMapStateTest {
    private static List<String> ids(List<Finding> l) { return l.stream().map(Finding::id).toList(); }

    private static Finding hypothesis(Diagnosis d, String id) {
        return d.hypotheses().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not considered: " + ids(d.hypotheses())));
    }

    @Test
    void aCryptoSectionExcerptWithoutInterfacesMakesTheMissingBindingALeadNotAVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("540-ios-crypto-section-excerpt-map-without-interfaces");
        assertThat(ids(d.rootCauses())).doesNotContain("CRYPTO_MAP_NOT_APPLIED");
        assertThat(hypothesis(d, "CRYPTO_MAP_NOT_APPLIED").confidence()).isLessThan(0.5);
    }

    @Test
    void anAsaExcerptWithoutInterfacesIsALeadTooAndAsksForTheAsaCommand() {
        Diagnosis d = TestDoctor.diagnoseSample("550-asa-show-run-crypto-excerpt-map-without-interfaces");
        assertThat(ids(d.rootCauses())).doesNotContain("CRYPTO_MAP_NOT_APPLIED");
        assertThat(hypothesis(d, "CRYPTO_MAP_NOT_APPLIED").confidence()).isLessThan(0.5);
        assertThat(d.recommendations()).anyMatch(r -> r.command().equals("show running-config crypto map"));
    }

    @Test
    void aFullConfigWhoseInterfacesCarryNoMapStillGivesTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("541-ios-full-config-map-applied-nowhere");
        assertThat(ids(d.rootCauses())).containsExactly("CRYPTO_MAP_NOT_APPLIED");
    }

    @Test
    void showCryptoMapListingTheInterfaceStandsAgainstTheConfigsSilence() {
        Diagnosis d = TestDoctor.diagnoseSample("542-ios-config-without-binding-show-crypto-map-applied");
        assertThat(ids(d.rootCauses())).doesNotContain("CRYPTO_MAP_NOT_APPLIED");
        assertThat(hypothesis(d, "CRYPTO_MAP_NOT_APPLIED").whyNot()).anyMatch(w -> w.contains("applied to an interface"));
    }

    @Test
    void aCryptoSessionFlowFromACryptoMapOnAnInterfaceStandsAgainstNotApplied() {
        Diagnosis d = TestDoctor.diagnoseSample("543-ios-crypto-section-excerpt-session-origin-crypto-map");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(hypothesis(d, "CRYPTO_MAP_NOT_APPLIED").confidence()).isLessThan(0.1);
    }

    @Test
    void twoDevicesShowCryptoMapWithNoCommonSetPredictTheTransformSetMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("544-ios-two-show-crypto-map-no-common-transform-set");
        Finding f = d.rootCauses().stream().filter(r -> r.tunnel().equals("198.51.100.2")).findFirst().orElseThrow();
        assertThat(f.id()).isEqualTo("TRANSFORM_SET_MISMATCH");
        assertThat(String.join("\n", f.supportedBy())).contains("no transform set in common").contains("esp-3des").contains("esp-aes-256");
    }

    @Test
    void twoDevicesShowCryptoMapWithACommonSetPredictNothing() {
        Diagnosis d = TestDoctor.diagnoseSample("545-ios-two-show-crypto-map-common-transform-set");
        assertThat(ids(d.rootCauses())).doesNotContain("TRANSFORM_SET_MISMATCH");
        assertThat(ids(d.hypotheses())).doesNotContain("TRANSFORM_SET_MISMATCH");
    }

    @Test
    void anActiveIkeSaInTheSessionDetailWithoutIpsecSasRaisesTheQuickModeLeads() {
        Diagnosis d = TestDoctor.diagnoseSample("546-ios-session-detail-ike-sa-active-no-ipsec-sa");
        assertThat(d.rootCauses()).isEmpty();
        for (String id : List.of("TRANSFORM_SET_MISMATCH", "ENCRYPTION_DOMAIN_MISMATCH", "PFS_MISMATCH")) {
            assertThat(hypothesis(d, id).confidence()).as(id).isBetween(0.05, 0.3);
        }
        assertThat(ids(d.hypotheses())).doesNotContain("IKE_TRAFFIC_BLOCKED");
    }

    @Test
    void anInactiveIkeSaLeavesThePhase1Leads() {
        Diagnosis d = TestDoctor.diagnoseSample("547-ios-session-detail-ike-sa-inactive-negotiating");
        assertThat(ids(d.hypotheses())).contains("IKE_TRAFFIC_BLOCKED").doesNotContain("TRANSFORM_SET_MISMATCH");
    }

    @Test
    void anEngineTableWithOnlyIkeRowsPlacesTheOneTunnelInQuickMode() {
        Diagnosis d = TestDoctor.diagnoseSample("548-ios-engine-connections-ike-only-session-down");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(hypothesis(d, "TRANSFORM_SET_MISMATCH").tunnel()).isEqualTo("198.51.100.2");
        assertThat(ids(d.hypotheses())).contains("ENCRYPTION_DOMAIN_MISMATCH", "PFS_MISMATCH");
    }

    @Test
    void anEngineTableBesideTwoPeersTellsNoTunnelsPhase1() {
        Diagnosis d = TestDoctor.diagnoseSample("549-ios-engine-connections-ike-only-two-peers");
        assertThat(ids(d.hypotheses())).doesNotContain("TRANSFORM_SET_MISMATCH", "PFS_MISMATCH");
    }

    @Test
    void showAndConfigSpellingsOfATransformNormaliseAlike() {
        assertThat(TransformSet.normalise(List.of("esp-256-aes", "esp-sha-hmac"))).containsExactly("esp-aes-256", "esp-sha-hmac");
        assertThat(TransformSet.normalise(List.of("esp-aes", "256", "esp-sha-hmac"))).containsExactly("esp-aes-256", "esp-sha-hmac");
        assertThat(TransformSet.normalise(List.of("esp-aes"))).containsExactly("esp-aes-128");
        assertThat(ConfigFunctions.shareShownTransform("A: esp-aes-256 esp-sha-hmac, B: esp-3des", "X: esp-3des")).isTrue();
        assertThat(ConfigFunctions.shareShownTransform("A: esp-aes-128", "X: esp-aes-128 esp-sha384-hmac")).isFalse();
    }
}
