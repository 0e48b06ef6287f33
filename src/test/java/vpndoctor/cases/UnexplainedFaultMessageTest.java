package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.report.TextReport;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;

/**
 * A message the catalogue calls a fault that no rule reads yet (ASA 713240, a Diffie-Hellman key of the
 * wrong length; IOS DMVPN_NHRP_ERROR other than an authentication failure) used to end in "nothing in the evidence points at a
 * fault": the device said something was wrong and the report stayed silent. It now points at the
 * message; it never becomes a verdict.
 */
class UnexplainedFaultMessageTest {
    private static Diagnosis diagnose(String log) {
        return TestDoctor.get().diagnose(Evidence.builder().log("device.log", log + "\n").build());
    }

    @Test
    void anAsaFaultIdNoRuleReadsIsPointedAt() {
        Diagnosis d = diagnose("Dec 06 2026 09:20:11: %ASA-4-713240: IP = 198.51.100.45, Received DH key with bad length: received length=128 expected length=256");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.recommendations()).extracting(Advice::command).contains("show logging | include 713240");
        assertThat(d.recommendations()).anyMatch(a -> a.why().contains("Diffie-Hellman key of wrong length") && a.tunnel().equals("198.51.100.45"));
        String text = new TextReport(vpndoctor.report.Style.plain(), false).render(d);
        assertThat(text).doesNotContain("nothing in the evidence points at a fault").contains("no fault vpn-doctor can weigh");
    }

    @Test
    void anIosFaultMnemonicNoRuleReadsIsPointedAt() {
        // TUN-5-RECURDOWN was this test's message until session 9 gave it a cause (IosFaultMessagesTest); an NHRP
        // error other than an authentication failure is still read by no rule
        Diagnosis d = diagnose("*Sep 21 09:12:46.018: %DMVPN-3-DMVPN_NHRP_ERROR:  Tunnel0: NHRP Encap Error for  Registration Request , "
                + "Reason:  protocol generic error (7) on (Tunnel: 172.16.0.1 NBMA: 203.0.113.2)");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
        assertThat(d.recommendations()).anyMatch(a -> a.command().equals("show logging | include DMVPN-[0-9]-DMVPN_NHRP_ERROR"));
        assertThat(new TextReport(vpndoctor.report.Style.plain(), false).render(d)).contains("no fault vpn-doctor can weigh");
    }

    @Test
    void aFaultARuleReadsAndAHealthyLineAreNotPointedAtThisWay() {
        Diagnosis limit = diagnose("Dec 06 2026 09:20:11: %ASA-4-713239: IP = 198.51.100.44, Tunnel Rejected: The maximum tunnel count allowed has been met");
        assertThat(limit.rootCauses()).isNotEmpty();
        assertThat(limit.recommendations()).noneMatch(a -> a.why().contains("has no rule for"));
        Diagnosis up = diagnose("Mar 03 14:00:01 asa-b %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x9A1B2C3D) between 198.51.100.63 and 192.0.2.63 (user= 192.0.2.63) has been created.");
        assertThat(up.recommendations()).isEmpty();
        assertThat(new TextReport(vpndoctor.report.Style.plain(), false).render(up)).contains("nothing in the evidence points at a fault");
    }
}
