package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.PrebuiltRules;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/** Issue 16.6: what a report says on a healthy pair, which platform show output is, the table, a quiet build. */
class ReportWordingTest {

    private static Diagnosis diagnose(String folder) throws Exception {
        return TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples", folder)));
    }

    @Test
    void aHealthyConfigPairSaysWhatWasCompared() throws Exception {
        String text = new TextReport(Style.plain(), false).render(diagnose("cfg-healthy-pix-ios"));
        assertThat(text).contains("no root cause found across 1 tunnel(s)")
                .contains("compared the configs of local pix-a105 (PIX 6.3(3)) and peer rtr-b105 (IOS 15.4) for 1 tunnel(s) (203.0.113.105): ")
                .contains("transform sets, ISAKMP policies, pre-shared keys, crypto ACLs");
    }

    @Test
    void iosShowIsakmpSaIsIosAndGetsIosCommands() throws Exception {
        Diagnosis d = diagnose("128-ios-show-mm-key-exch");
        assertThat(d.hypotheses()).isNotEmpty().allMatch(f -> f.platform().equals("IOS"));
        String text = new TextReport(Style.plain(), false).render(d);
        assertThat(text).doesNotContain("[device]").doesNotContain("packet-tracer").doesNotContain("show route")
                .doesNotContain("(IOS) /").contains("show ip route 203.0.113.129");
    }

    @Test
    void asaShowIsakmpSaIsAsa() throws Exception {
        Diagnosis d = diagnose("145-asa-show-mm-wait-msg3");
        assertThat(d.hypotheses()).isNotEmpty().allMatch(f -> f.platform().equals("ASA"));
        assertThat(d.recommendations()).anyMatch(a -> a.command().equals("debug crypto ikev1 127"))
                .noneMatch(a -> a.command().contains("debug crypto isakmp"));
    }

    @Test
    void theTableHasOneRowPerTunnelFaultsFirst() throws Exception {
        Diagnosis d = diagnose("multi-peer-asa-three-failures");
        String table = Formats.render(d, Formats.Format.TABLE, false, false);
        String[] lines = table.split("\n");
        assertThat(lines[0]).matches("TUNNEL +PLATFORM +STATUS +TOP CAUSE +CONFIDENCE");
        assertThat(lines).hasSize(d.tunnels().size() + 2);
        for (Finding f : d.rootCauses()) {
            assertThat(table).containsPattern("(?m)^" + java.util.regex.Pattern.quote(f.tunnel()) + " +" + f.platform() + " +fault +");
        }
        Finding top = d.rootCauses().get(0);
        assertThat(lines[1]).startsWith(top.tunnel()).contains(top.id()).endsWith(String.format("%.2f", top.confidence()));
        assertThat(lines[lines.length - 1]).startsWith(d.tunnels().size() + " tunnel(s), ");
    }

    @Test
    void aHealthyTunnelIsAnOkRow() throws Exception {
        String table = Formats.render(diagnose("cfg-healthy-asa-asa"), Formats.Format.TABLE, false, false);
        assertThat(table.split("\n")[1]).containsPattern(" ok +- +-$");
    }

    /** `mvn -q package` printed "prebuilt rules: N files compiled ..." from the forked build step. */
    @Test
    void thePrebuiltRulesStepIsQuiet() throws Exception {
        Path classes = Path.of("target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes.resolve("vpndoctor-kiebase")), "no prebuilt rules in target/classes");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            PrebuiltRules.main(new String[] {classes.toString()});
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString()).isEmpty();
    }
}
