package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/** Issue 16.8: the HTML report prints well and says when, by what and about which devices; rule names are on the page. */
class HtmlReportForEngineersTest {
    private static final Instant RUN = Instant.parse("2026-12-06T02:00:00Z");

    private static Diagnosis caseDiagnosis() throws Exception {
        return TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/053-asa-transform-set-mismatch")));
    }

    @Test
    void thePageSaysWhenWhatToolAndRuleSetAndWhichDevices() throws Exception {
        Diagnosis d = caseDiagnosis();
        String html = HtmlReport.render(d, RUN);
        assertThat(d.tool().ruleSet()).matches("[0-9a-f]{12}");
        assertThat(html).contains("2026-12-06 02:00:00 UTC").contains("vpn-doctor " + d.tool().version())
                .contains("rule set " + d.tool().ruleSet())
                .contains("<b class=\"host\">asa-east</b>").contains("<b class=\"host\">rtr153</b>");
    }

    @Test
    void thePageHasAPrintStyle() throws Exception {
        String html = HtmlReport.render(caseDiagnosis(), RUN);
        String print = html.substring(html.indexOf("@media print"));
        assertThat(print).contains("pre.fix, ul.why li, ol.rules li, table.evidence tr, .bar { break-inside: avoid; }").contains("header { background: none");
    }

    @Test
    void ruleNamesAreOnThePageNotOnlyInTooltips() throws Exception {
        String html = HtmlReport.render(caseDiagnosis(), RUN);
        String visible = html.replaceAll("(?s)<title>.*?</title>", "").replaceAll("title=\"[^\"]*\"", "");
        assertThat(visible).contains("<span class=\"rule\">No transform set in common predicts a transform-set mismatch</span>")
                .contains("<span class=\"rule\">A hypothesis at confidence 0.5 or more is a root cause</span>");
    }

    @Test
    void evidenceIsNamedRelativeToTheCaseFolderAndContextIsMarked() throws Exception {
        String html = HtmlReport.render(caseDiagnosis(), RUN);
        assertThat(html).contains("<td class=\"where\">asa.log:8</td>").contains("<tr class=\"sep\"><td colspan=\"3\">context</td></tr>")
                .contains("Fix (either side: ");
        assertThat(html.indexOf("local.cfg:69")).isLessThan(html.indexOf(">context<"));
    }

    /** The case report renders cleanly in headless Chromium (.ci/run installs it; skipped where it is missing). */
    @Test
    void chromiumRendersACaseReport(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) || Files.isExecutable(Path.of("/usr/bin/chromium-browser")),
                "chromium not installed: browser check skipped");
        Path html = tmp.resolve("case.html");
        Files.writeString(html, HtmlReport.render(caseDiagnosis(), RUN));
        Path png = tmp.resolve("case.png");
        Process p = new ProcessBuilder("bash", "scripts/check-html.sh", html.toString(), png.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
