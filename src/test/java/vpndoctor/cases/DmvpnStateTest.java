package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * 'show dmvpn' (issue 12.4): each NBMA peer's state names the layer that does not complete; the
 * leads follow the layer (IPSEC: proposal; NHRP: NHRP authentication, tunnel key), never a verdict,
 * and an all-UP table (case 251) gives none.
 */
class DmvpnStateTest {
    private static List<String> leads(Diagnosis d, String tunnel) {
        return d.hypotheses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void eachPeersStateGivesTheLeadsOfItsLayer() {
        Diagnosis d = TestDoctor.diagnoseSample("250-ios-dmvpn-hub-peers-held-in-ike-ipsec-nhrp");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(leads(d, "198.51.100.13")).containsExactlyInAnyOrder("TRANSFORM_SET_MISMATCH", "PFS_MISMATCH");
        assertThat(leads(d, "198.51.100.14")).containsExactlyInAnyOrder("NHRP_AUTH_MISMATCH", "TUNNEL_KEY_MISMATCH");
        // IKE: no setting can be named from the state alone; the next commands can
        assertThat(leads(d, "198.51.100.12")).isEmpty();
        assertThat(d.recommendations()).anySatisfy(r -> assertThat(r.command()).contains("debug crypto isakmp"));
        // the UP peer and the incomplete entry with no NBMA address give nothing
        assertThat(leads(d, "198.51.100.11")).isEmpty();
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.tunnel()).startsWith("198.51.100."));
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
    }

    @Test
    void anAllUpTableGivesNoLead() {
        Diagnosis d = TestDoctor.diagnoseSample("251-ios-dmvpn-hub-all-peers-up");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }
}
