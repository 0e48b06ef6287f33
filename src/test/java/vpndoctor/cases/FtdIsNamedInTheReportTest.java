package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.report.Style;
import vpndoctor.report.TextReport;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A cause found in "%FTD-" lines is reported for the FTD (not the ASA), with the ASA's commands (the FTD's data
 * plane takes them from its diagnostic CLI or FlexConfig); the same lines under "%ASA-" still name the ASA.
 */
class FtdIsNamedInTheReportTest {
    private static final String LINE = "Dec 06 10:00:01 fw1 %s-4-750003: Local:192.0.2.1:500 Remote:198.51.100.7:500"
            + " Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to find a matching policy";

    private static Finding top(String family) {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("fw.log", String.format(LINE, family)).build());
        assertThat(d.rootCauses()).isNotEmpty();
        return d.rootCauses().get(0);
    }

    @Test
    void anFtdCauseNamesTheFtdAndGivesTheAsaCommands() {
        Finding f = top("%FTD");
        assertThat(f.id()).isEqualTo("IKE_POLICY_MISMATCH");
        assertThat(f.platform()).isEqualTo("FTD");
        assertThat(f.remediation()).isEqualTo(top("%ASA").remediation()).anyMatch(c -> c.startsWith("crypto ikev2 policy"));
        assertThat(f.nextCommands()).isEqualTo(top("%ASA").nextCommands());
    }

    @Test
    void theSameCauseFromAnAsaNamesTheAsa() {
        assertThat(top("%ASA").platform()).isEqualTo("ASA");
    }

    @Test
    void theFtdsStateOutputGetsTheAsaFamilysAdvice() throws Exception {
        // case 223 (SA up, encaps without decaps, ping from inside lost) pasted after one syslog line that names the device
        String show = Files.readString(Path.of("facts-samples/223-asa-ping-inside-fails-sa-up/asa-show.log"));
        String head = "Dec 06 10:00:01 fw1 %s-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x5D3F29A1) between 203.0.113.2"
                + " and 198.51.100.7 (user= 198.51.100.7) has been created.\n";
        Diagnosis ftd = TestDoctor.get().diagnose(Evidence.builder().log("fw.log", String.format(head, "%FTD") + show).build());
        Diagnosis asa = TestDoctor.get().diagnose(Evidence.builder().log("fw.log", String.format(head, "%ASA") + show).build());
        assertThat(ftd.hypotheses().stream().map(Finding::platform)).isNotEmpty().containsOnly("FTD");
        assertThat(asa.hypotheses().stream().map(Finding::platform)).isNotEmpty().containsOnly("ASA");
        assertThat(ftd.recommendations()).anySatisfy(a -> assertThat(a.command()).contains("packet-tracer input inside icmp <our-host> 8 0 10.2.2.20"));
        assertThat(ftd.recommendations().stream().map(a -> a.command()).toList())
                .isEqualTo(asa.recommendations().stream().map(a -> a.command()).toList());
    }

    @Test
    void theFtdsFixSaysItIsDeployedByItsManager() {
        String ftd = new TextReport(Style.plain(), false).render(TestDoctor.get().diagnose(
                Evidence.builder().log("fw.log", String.format(LINE, "%FTD")).build()));
        String asa = new TextReport(Style.plain(), false).render(TestDoctor.get().diagnose(
                Evidence.builder().log("fw.log", String.format(LINE, "%ASA")).build()));
        assertThat(ftd).contains("Fix (").contains("its manager deploys the configuration lines (FMC or FDM");
        assertThat(asa).contains("Fix (").doesNotContain("FMC");
    }
}
