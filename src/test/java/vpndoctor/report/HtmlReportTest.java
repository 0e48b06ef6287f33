package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/** The HTML report: self-contained, every input text escaped, and clean in a real browser. */
class HtmlReportTest {
    private static final String EVIL = "<script>alert(1)</script>";

    /** A PIX log whose cited lines carry markup, and a config whose ACL name does. */
    static Diagnosis hostile() throws Exception {
        String log = String.join("\n",
                "crypto_isakmp_process_block: src 2.2.2.3, dest 1.1.1.1 " + EVIL,
                "IPSEC(validate_proposal): invalid local address 9.9.9.9 " + EVIL,
                "ISAKMP (0): processing NOTIFY payload 14 protocol 1 \"quoted\" & <b>bold</b> " + EVIL,
                "return status is IKMP_ERR_NO_RETRANS " + EVIL, "");
        return TestDoctor.get().diagnose(Evidence.builder().log("evil<script>.log", log).build());
    }

    @Test
    void everyInputTextIsEscapedAndThePageNeedsNothingFromOutside() throws Exception {
        Diagnosis d = hostile();
        assertThat(d.rootCauses().size() + d.hypotheses().size() + d.unrecognized().size()).as("the hostile lines reach the report").isPositive();
        String html = HtmlReport.render(d);
        assertThat(html).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("http://", "https://", "src=", "<link", "@import");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
    }

    @Test
    void aCaseReportHasVerdictEvidenceGraphFixAndNextCommands() throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/004-pix-proxy-identities-not-supported-with-configs")));
        String html = HtmlReport.render(d);
        assertThat(html).contains("ENCRYPTION_DOMAIN_MISMATCH").contains("<tr class=\"log\">").contains("<tr class=\"config\">")
                .contains("<svg").contains("Fix").contains("class=\"node input");
    }

    /** scripts/check-html.sh in headless Chromium, only where Chromium is installed. */
    @Test
    void chromiumRendersTheHostileReportWithoutErrors(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) || Files.isExecutable(Path.of("/usr/bin/chromium-browser")),
                "chromium not installed: browser check skipped");
        Path html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(hostile()));
        Path png = tmp.resolve("report.png");
        Process p = new ProcessBuilder("bash", "scripts/check-html.sh", html.toString(), png.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Files.size(png)).isPositive();
    }
}
