package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * "Phase 1 up and phase 2 silent" (rules-drl/symptoms/progress.drl) is an IKEv1 reading: IKEv2 has no
 * separate phase 2, IKE_AUTH brings the first child SA up with the IKE SA or answers with a notify. A
 * healthy IKEv2 session's syslog (ASA 750002/750006/750007, IOS-XE IKEV2-5-*) read "SA UP" as phase 1
 * and concluded PEER_PHASE2_MISCONFIG at 0.55; an IKEv1 phase 1 with nothing after it still does.
 */
class Ikev2SessionUpIsNoSilentPhase2Test {

    private static Diagnosis diagnose(String name, String... lines) {
        return TestDoctor.get().diagnose(Evidence.builder().log(name, String.join("\n", lines) + "\n").build());
    }

    @Test
    void aHealthyAsaIkev2SessionGivesNoRootCause() {
        Diagnosis d = diagnose("asa-ikev2.log",
                "Dec 05 2026 11:23:00: %ASA-5-750002: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:Unknown Received a IKE_INIT_SA request",
                "Dec 05 2026 11:23:01: %ASA-5-750006: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 IKEv2 SA UP. Reason: New Connection Established",
                "Dec 05 2026 12:40:12: %ASA-5-750007: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 IKEv2 SA DOWN. Reason: Deleted by peer",
                "Dec 05 2026 12:40:15: %ASA-5-750006: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 IKEv2 SA UP. Reason: New Connection Established");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("PEER_PHASE2_MISCONFIG");
    }

    @Test
    void anIosXeIkev2SessionUpReadFromItsMnemonicAloneGivesNoRootCause() {
        // another release's wording: only the mnemonic says what the line is, and that it is IKEv2
        Diagnosis d = diagnose("iosxe-ikev2.log",
                "*Mar  3 11:23:01.208: %IKEV2-5-SA_UP: zq session to 198.51.100.2 established zq");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain("PEER_PHASE2_MISCONFIG");
    }

    @Test
    void anIkev1PhaseOneWithNothingAfterItStillPointsAtThePartnersPhase2() {
        Diagnosis d = diagnose("asa-ikev1.log",
                "Dec 05 2026 11:23:01: %ASA-5-713119: Group = 198.51.100.2, IP = 198.51.100.2, PHASE 1 COMPLETED");
        assertThat(d.rootCauses()).extracting(Finding::id).contains("PEER_PHASE2_MISCONFIG");
    }
}
