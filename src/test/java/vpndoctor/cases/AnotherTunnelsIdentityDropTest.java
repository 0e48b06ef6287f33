package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A peer that drops phase 1 right after our identity explains a silent phase 2 on that tunnel only
 * (rules-drl/symptoms/progress.drl, "Phase 1 up and phase 2 silent"). Before session 9 the rule asked
 * for no such symptom on any tunnel, so one tunnel's identity drop took another tunnel's verdict away
 * in a log with several peers (and made batched results depend on which tunnels share a batch).
 */
class AnotherTunnelsIdentityDropTest {
    private static final String SILENT = String.join("\n",
            "Dec 06 10:00:00 asa-hq %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED",
            "Dec 06 10:05:00 asa-hq %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED") + "\n";

    private static List<String> causesOn(Diagnosis d, String tunnel) {
        return d.rootCauses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void anotherTunnelsIdentityDropDoesNotSilenceThisTunnelsPhase2() throws IOException {
        String identityDrop = Files.readString(TestDoctor.samples().resolve("045-nokia-terminated-by-state-machine/pix-debug.log"));
        Diagnosis alone = TestDoctor.get().diagnose(Evidence.builder().log("b-asa.log", SILENT).build());
        Diagnosis both = TestDoctor.get().diagnose(Evidence.builder().log("a-pix-debug.log", identityDrop).log("b-asa.log", SILENT).build());

        assertThat(causesOn(alone, "198.51.100.7")).containsExactly("PEER_PHASE2_MISCONFIG");
        // the other tunnel keeps its own verdict, and this one keeps the one it has alone
        assertThat(causesOn(both, "192.0.2.45")).containsExactly("ISAKMP_IDENTITY_NOT_ADDRESS");
        assertThat(causesOn(both, "198.51.100.7")).isEqualTo(causesOn(alone, "198.51.100.7"));
    }

    @Test
    void thePeersOwnReportStillExplainsTheSilenceOnItsTunnel() throws IOException {
        // the neighbour: the Nokia's log and our debug of the same tunnel; phase 2 silence is no separate lead
        Diagnosis d = TestDoctor.diagnoseSample("045-nokia-terminated-by-state-machine");
        assertThat(d.rootCauses()).extracting(Finding::id).containsOnly("ISAKMP_IDENTITY_NOT_ADDRESS");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain("PEER_PHASE2_MISCONFIG");
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("PEER_PHASE2_MISCONFIG");
    }
}
