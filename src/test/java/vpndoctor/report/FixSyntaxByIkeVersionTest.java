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

    private static Finding hypothesis(String caseDir, String id) throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of(caseDir)));
        return java.util.stream.Stream.concat(d.rootCauses().stream(), d.hypotheses().stream()).filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anIosIkev2TunnelIsToldToDebugIkev2() throws Exception {
        // "debug crypto isakmp" shows nothing of an IKEv2 negotiation (catalog/ikev2-commands.tsv)
        Finding f = hypothesis("facts-samples/134-iosxe-ikev2-expired-cert", "PSK_MISMATCH");
        assertThat(f.nextCommands()).contains("debug crypto ikev2", "show crypto ikev2 sa").noneMatch(c -> c.contains("isakmp"));
    }

    @Test
    void anAsaIkev2TunnelIsToldToDebugTheIkev2Protocol() throws Exception {
        Finding f = hypothesis("facts-samples/102-asa-ikev2-syslog-auth-failed", "PSK_MISMATCH");
        assertThat(f.nextCommands()).contains("debug crypto ikev2 protocol 127").noneMatch(c -> c.contains("ikev1"));
    }

    @Test
    void anIosIkev1TunnelKeepsDebugCryptoIsakmp() throws Exception {
        Finding f = hypothesis("facts-samples/001-ios-ikmp-bad-message", "PSK_MISMATCH");
        assertThat(f.nextCommands()).contains("debug crypto isakmp").noneMatch(c -> c.contains("ikev2"));
    }
}
