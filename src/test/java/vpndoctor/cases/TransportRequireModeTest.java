package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * IOS "mode transport require" proposes and accepts transport only; plain "mode transport" falls back
 * to tunnel. Before, the config reader dropped "require" and transform sets were compared on their
 * transforms alone, so 662 (require against a tunnel-mode set, same transforms) said nothing. For 663 (plain
 * transport against tunnel) the comparison still claims nothing (IOS documents the fallback; a real IOS-XE
 * DMVPN record failed with that pair anyway, see docs/evidence-notes/s15-knowb.md).
 */
class TransportRequireModeTest {
    @Test
    void transportRequireAgainstATunnelModeSetHasNoCommonSet() {
        Diagnosis d = TestDoctor.diagnoseSample("662-cfg-ios-gre-transport-require-against-tunnel-mode-set");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.2");
        assertThat(String.join(" ", d.rootCauses().get(0).supportedBy())).contains("mode transport require");
    }

    @Test
    void plainTransportFallsBackToTunnel() {
        Diagnosis d = TestDoctor.diagnoseSample("663-cfg-ios-gre-plain-transport-against-tunnel-mode-set");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("TRANSFORM_SET_MISMATCH"));
    }
}
