package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.report.Style;
import vpndoctor.report.TextReport;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * ASA-style output pasted from an FTD's own CLI names the FTD although no "%FTD-" line is in it: commands at its bare
 * "&gt;" prompt (case 420) or its 'show version' product line (421). The same commands quoted in an e-mail reply,
 * every line behind a '&gt;', stay the ASA's (422).
 */
class FtdCliOutputIsNamedTest {
    private static Diagnosis sample(String folder) {
        return TestDoctor.diagnoseSample(folder);
    }

    @Test
    void commandsAtTheFtdCliPromptMakeTheFindingsTheFtds() {
        Diagnosis d = sample("420-ftd-cli-prompt-sa-idle-packet-tracer-no-vpn-phase");
        assertThat(d.rootCauses()).extracting(Finding::id).first().isEqualTo("TRAFFIC_NOT_IN_CRYPTO_ACL");
        assertThat(d.rootCauses()).extracting(Finding::platform).containsOnly("FTD");
        // the Fix is the ASA family's, with the note that the FTD's manager deploys it
        assertThat(new TextReport(Style.plain(), false).render(d)).contains("its manager deploys the configuration lines (FMC or FDM");
    }

    @Test
    void theFtdsShowVersionMakesTheFollowingOutputTheFtds() {
        Diagnosis d = sample("421-ftd-show-version-then-sessiondb-rx-zero");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).contains("PEER_PHASE2_MISCONFIG");
        assertThat(d.hypotheses()).extracting(Finding::platform).containsOnly("FTD");
    }

    @Test
    void theSameCommandsQuotedInAMailStayTheAsas() {
        Diagnosis d = sample("422-asa-mail-quoted-bare-commands-stay-asa");
        assertThat(d.rootCauses()).extracting(Finding::id).first().isEqualTo("TRAFFIC_NOT_IN_CRYPTO_ACL");
        assertThat(d.rootCauses()).extracting(Finding::platform).containsOnly("ASA");
        assertThat(sample("218-asa-packet-tracer-no-vpn-phase").rootCauses()).extracting(Finding::platform).containsOnly("ASA");
    }
}
