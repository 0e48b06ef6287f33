package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * The Fix is written in the syntax of the tunnel's IKE version: an ASA IKEv2 key mismatch was told to
 * set "ikev1 pre-shared-key" (advice.json was keyed by platform only).
 */
class FixSyntaxByIkeVersionTest {

    private static Finding first(String caseDir, String id) throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of(caseDir)));
        return d.rootCauses().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anAsaIkev2KeyMismatchGetsTheIkev2TunnelGroupLines() throws Exception {
        Finding f = first("facts-samples/real/asa-ikev2-psk-mismatch-responder-auth-verify-failed", "PSK_MISMATCH");
        assertThat(String.join("\n", f.remediation())).contains("ikev2 remote-authentication pre-shared-key").doesNotContain("ikev1");
    }

    @Test
    void anAsaIkev1KeyMismatchKeepsTheIkev1Line() throws Exception {
        Finding f = first("facts-samples/048-asa-psk-mismatch", "PSK_MISMATCH");
        assertThat(String.join("\n", f.remediation())).contains("ikev1 pre-shared-key").doesNotContain("ikev2");
    }
}
