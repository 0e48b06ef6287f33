package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.report.JsonReport;
import vpndoctor.report.Style;
import vpndoctor.report.TextReport;
import vpndoctor.result.Diagnosis;

/** No pre-shared key written in any sample config may appear in the JSON or text report (IKEv2 keyrings: "pre-shared-key local|remote K" too). */
class SecretsNeverLeakTest {
    private static final Pattern KEY = Pattern.compile(
            "(?:isakmp key|pre-shared-key)\\s+(?:(?:local|remote)\\s+)?(?:0\\s+|6\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE);

    @Test
    void noSampleKeyAppearsInAnyReport() throws Exception {
        int checked = 0;
        for (Path c : CaseExpectation.caseFolders(TestDoctor.samples())) {
            Set<String> keys = new LinkedHashSet<>();
            for (String cfg : List.of("local.cfg", "peer.cfg")) {
                Path p = c.resolve(cfg);
                if (!Files.exists(p)) continue;
                Matcher m = KEY.matcher(Files.readString(p));
                while (m.find()) if (m.group(1).length() >= 4 && !m.group(1).equals("address")) keys.add(m.group(1));
            }
            if (keys.isEmpty()) continue;
            Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(c));
            String out = JsonReport.render(d) + new TextReport(Style.plain(), true).render(d);
            for (String k : keys) assertThat(out).as(c.getFileName() + " leaks a key").doesNotContain(k);
            checked++;
        }
        assertThat(checked).as("cases with keys checked").isGreaterThan(20);
    }
}
