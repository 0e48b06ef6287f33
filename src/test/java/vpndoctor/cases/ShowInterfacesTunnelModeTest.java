package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * The two ends' 'show interfaces TunnelN' say what their configs would: a VTI (IPSEC/IP) at one end against GRE
 * (GRE/IP) at the other is a tunnel mode mismatch (673), with no config pasted; the same encapsulation at both ends
 * (674) gives nothing. Before, the show output was not read and 673 had no root cause.
 */
class ShowInterfacesTunnelModeTest {
    @Test
    void aVtiShownAgainstGreAtTheOtherEndIsAModeMismatch() {
        Diagnosis d = TestDoctor.diagnoseSample("673-ios-show-interfaces-vti-against-gre");
        assertThat(d.rootCauseIds()).containsOnly("TUNNEL_MODE_MISMATCH");
        assertThat(d.rootCauses()).extracting(f -> f.tunnel()).containsExactlyInAnyOrder("192.0.2.1", "198.51.100.2");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("is IPSEC/IP, the other end's Tunnel0 (198.51.100.2 to 192.0.2.1) is GRE/IP"));
    }

    @Test
    void theSameTransportAtBothEndsGivesNothing() {
        Diagnosis d = TestDoctor.diagnoseSample("674-ios-show-interfaces-both-vti");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("TUNNEL_MODE_MISMATCH"));
    }
}
