package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/**
 * Two devices' files of one tunnel name it differently (each names the other's address). When the names
 * pair up (TunnelEnds), one end's live SA or recovery weakens the other end's phase 1 leads, with the
 * other end's line as the reason; names that do not pair, and ends that both fail, stay as they were.
 */
class OneTunnelSeenFromBothEndsTest {
    private static Optional<Finding> finding(List<Finding> fs, String id, String tunnel) {
        return fs.stream().filter(f -> f.id().equals(id) && f.tunnel().equals(tunnel)).findFirst();
    }

    /** Every fact of an explanation tree, in words. */
    private static List<String> facts(ExplanationNode n) {
        List<String> out = new java.util.ArrayList<>();
        out.add(n.fact());
        for (ExplanationNode.Derivation d : n.derivedBy()) for (ExplanationNode c : d.from()) out.addAll(facts(c));
        return out;
    }

    @Test
    void theOtherEndsLiveSaWeakensThisEndsKeyLeadBelowTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("620-ios-two-ends-peer-sa-up-weakens-key-lead");
        assertThat(d.rootCauses()).isEmpty();
        Finding psk = finding(d.hypotheses(), "PSK_MISMATCH", "203.0.113.2").orElseThrow();
        assertThat(psk.confidence()).isCloseTo(0.35, within(0.001));
        assertThat(facts(psk.explanation())).anySatisfy(f -> assertThat(f).startsWith("weakens PSK_MISMATCH (x0.50): the other end of this tunnel")
                .contains("198.51.100.2"));
        // the reason is the other device's line, not this end's
        assertThat(psk.evidence()).anySatisfy(e -> {
            assertThat(e.source()).endsWith("r1-console.log");
            assertThat(e.text()).contains("current_peer 198.51.100.2");
        });
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("one tunnel seen from both ends"));
    }

    @Test
    void theRealLabsOtherRouterIsWeakenedLikeTheRouterShowingTheSa() {
        // R15 shows the GRE/IPsec SA with 111.111.111.2 (its own address 200.0.0.2); R18 logs only the identity notice naming 200.0.0.2
        Diagnosis d = TestDoctor.diagnoseSample("real/ios-healthy-ikev2-gre-cert-id-not-in-cert-pings-succeed");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(finding(d.hypotheses(), "IKE_AUTH_CERT_FAILURE", "111.111.111.2")).get()
                .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.10, within(0.001)));
        Finding r18 = finding(d.hypotheses(), "IKE_AUTH_CERT_FAILURE", "200.0.0.2").orElseThrow();
        assertThat(r18.confidence()).isCloseTo(0.10, within(0.001));
        assertThat(r18.evidence()).anySatisfy(e -> assertThat(e.source()).endsWith("r15-console.log"));
    }

    @Test
    void anotherDeviceWhoseOwnAddressIsNotTheLiveSasPeerKeepsItsVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("621-ios-two-devices-not-mirrored-key-lead-stays");
        assertThat(finding(d.rootCauses(), "PSK_MISMATCH", "203.0.113.2")).get()
                .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.70, within(0.001)));
        assertThat(d.notes()).noneSatisfy(n -> assertThat(n).contains("one tunnel seen from both ends"));
    }

    @Test
    void endsThatBothFailArePairedButNothingWeakensEither() {
        Diagnosis d = TestDoctor.diagnoseSample("622-ios-two-ends-both-failing-key-lead-stays");
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("one tunnel seen from both ends").contains("each end's own address"));
        for (String t : List.of("203.0.113.2", "198.51.100.2")) {
            assertThat(finding(d.rootCauses(), "PSK_MISMATCH", t)).get()
                    .satisfies(f -> assertThat(f.confidence()).isCloseTo(0.70, within(0.001)));
        }
    }
}
