package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * 'show ip nhrp nhs [detail]': a hub the spoke registers with and hears nothing back from (E without
 * R) is a DMVPN lead on that hub's tunnel (its NBMA address); a responding hub gives nothing, and a
 * row that prints no NBMA address among several NHS joins no tunnel (not even the input's one peer).
 */
class NhrpNhsTest {
    private static List<String> leads(Diagnosis d, String tunnel) {
        return d.hypotheses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void aHubThatAnswersNoRegistrationIsAnNhrpLeadOnItsNbmaTunnel() {
        Diagnosis d = TestDoctor.diagnoseSample("440-ios-dmvpn-spoke-nhs-expecting-replies");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(leads(d, "198.51.100.1")).containsExactlyInAnyOrder("NHRP_AUTH_MISMATCH", "TUNNEL_KEY_MISMATCH");
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
        assertThat(d.recommendations()).anySatisfy(r -> assertThat(r.command()).contains("show crypto session remote 198.51.100.1"));
    }

    @Test
    void aRespondingHubAndAnUnplacedRowGiveNothing() {
        Diagnosis d = TestDoctor.diagnoseSample("441-ios-dmvpn-spoke-nhs-responding-and-unplaced-row");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }
}
