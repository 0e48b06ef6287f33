package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FtdMarkers#banner} tests a line for the product's words before it runs the product pattern (the
 * pattern ran on every relevant line without '%'): the answer must be the pattern's own, on every sample
 * and corpora line and on banners and near misses.
 */
class FtdBannerPretestTest {
    @Test
    void thePretestGivesThePatternsAnswerOnEveryLine() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "Model                     : Cisco Firepower Threat Defense for VMware (75) Version 7.2.0 (Build 82)",
                "Model : Cisco ASA5516-X Threat Defense (75) Version 7.0.8",
                "Cisco Secure Firewall Threat Defense for Azure",
                "  Firepower Threat Defense  ", "Model: Threat Defense", "Model:Threat Defense", "Model : Threat Defence",
                "Model : threat defense", "Firepower Threat defense", "Secure Firewall  Threat Defense",
                "Model : Cisco Firepower Threat Defense %not a banner", "Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.",
                "Threat Defense", "Firepower Threat Defens", "xModel : Threat Defense", "Model : x\u00e9 Threat Defense"));
        for (Path p : LogFiles.sampleLogs()) lines.addAll(LogFiles.lines(p));
        for (Path p : LogFiles.corporaLogs()) lines.addAll(LogFiles.lines(p));
        int banners = 0;
        for (String line : lines) {
            String t = line.strip();
            boolean byPatternAlone = t.startsWith(FtdMarkers.DIAGNOSTIC_CLI) || t.indexOf('%') < 0 && FtdMarkers.productByPattern(t);
            assertThat(FtdMarkers.banner(line)).as(line).isEqualTo(byPatternAlone);
            if (byPatternAlone) banners++;
        }
        assertThat(banners).isGreaterThanOrEqualTo(6);
    }
}
