package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;

/**
 * A next command asking for an output the evidence already holds for the tunnel is left out (449:
 * 'show dmvpn' and 'show ip nhrp nhs detail' pasted), unless a step before it acts first (162: a
 * ping, then the same 'show crypto ipsec sa peer' again); not pasted, it stays suggested (250). A pasted
 * 'show crypto map' answers the 'show crypto map' that would confirm a binding (542; 540 has none pasted).
 */
class PastedOutputsNotAskedAgainTest {
    private static List<String> allCommands(Diagnosis d) {
        return Stream.concat(d.recommendations().stream().map(Advice::command),
                Stream.concat(d.rootCauses().stream(), d.hypotheses().stream()).flatMap(f -> f.nextCommands().stream())).toList();
    }

    @Test
    void outputsAlreadyPastedAreNotAskedForAgain() {
        Diagnosis d = TestDoctor.diagnoseSample("449-ios-dmvpn-spoke-show-dmvpn-and-nhs-pasted-no-repeat");
        assertThat(d.hypotheses()).extracting(f -> f.id()).contains("NHRP_AUTH_MISMATCH", "TUNNEL_KEY_MISMATCH");
        assertThat(allCommands(d)).doesNotContain("show dmvpn", "show ip nhrp nhs detail")
                .contains("show crypto session remote 198.51.100.9", "debug nhrp packet");
    }

    @Test
    void aShowAfterAnActionIsAFreshLookAndStays() {
        Diagnosis d = TestDoctor.diagnoseSample("162-ios-ipsec-sa-same-snapshot-pasted-twice");
        assertThat(allCommands(d)).contains("show crypto ipsec sa peer 198.51.100.61").doesNotContain("show crypto ipsec sa");
    }

    @Test
    void anOutputNotPastedStaysSuggested() {
        Diagnosis d = TestDoctor.diagnoseSample("250-ios-dmvpn-hub-peers-held-in-ike-ipsec-nhrp");
        assertThat(allCommands(d)).contains("show ip nhrp nhs detail");
    }

    @Test
    void aPastedShowCryptoMapIsNotAskedForToConfirmTheBinding() {
        // 542: the router's own show crypto map lists the map's interfaces; 540 (an excerpt, nothing pasted) still asks
        assertThat(allCommands(TestDoctor.diagnoseSample("542-ios-config-without-binding-show-crypto-map-applied")))
                .doesNotContain("show crypto map");
        assertThat(allCommands(TestDoctor.diagnoseSample("540-ios-crypto-section-excerpt-map-without-interfaces")))
                .contains("show crypto map");
    }
}
