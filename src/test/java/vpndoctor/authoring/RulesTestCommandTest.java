package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules test`: pass/fail per case with a diff, known gaps, and rule coverage. */
class RulesTestCommandTest {
    @TempDir Path tmp;

    private static final String LOG = "Mar  3 10:00:12.123: %CRYPTO-4-IKMP_NO_SA: IKE message from 192.0.2.9 has no SA and is not an initialization offer\n";

    private Path rules() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(dir.resolve("causes.tsv"), "STALE_IKE_SA\troot\t-\tthe peer still uses an IKE SA we lost\tIKMP_NO_SA\n");
        Files.writeString(dir.resolve("stale.drl"), "package my.rules;\n\nimport vpndoctor.model.*;\n\n"
                + "rule \"IKE messages without an SA point at a stale IKE SA\"\n    @description(\"IKMP_NO_SA repeated\")\nwhen\n"
                + "    $e : LogEvent( kind == \"SA_REQUEST\", attr(\"detail\") == \"IKE message without SA\", count >= 2, $t : tunnel )\n"
                + "then\n    insertLogical( new Support(\"STALE_IKE_SA\", $t, 0.6, \"IKE messages for an SA we do not have\") );\nend\n\n"
                + "rule \"A rule no case exercises\"\n    @description(\"fires on a message none of the cases has\")\nwhen\n"
                + "    $e : LogEvent( kind == \"PEER_REPORTS_USER_UNKNOWN\", $t : tunnel )\n"
                + "then\n    insertLogical( new Support(\"PSK_MISMATCH\", $t, 0.2, \"x\") );\nend\n");
        return dir;
    }

    private Path newCase(String name, String rootCauses) throws Exception {
        Path c = Files.createDirectories(tmp.resolve("cases").resolve(name));
        Files.writeString(c.resolve("router.log"), LOG + LOG + LOG);
        Files.writeString(c.resolve("expected.json"), "{\"rootCauses\": [" + rootCauses + "], \"benign\": [], \"notRootCauses\": [\"PSK_MISMATCH\"]}\n");
        return c;
    }

    @Test
    void aNewRuleAndItsCasePass() throws Exception {
        Path rules = rules();
        newCase("stale-ike-sa", "\"STALE_IKE_SA\"");

        Cli r = Cli.run("rules", "test", rules.toString(), "--cases", tmp.resolve("cases").toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("PASS  stale-ike-sa").contains("cases: 1 passed, 0 failed")
                .contains("IKE messages without an SA point at a stale IKE SA  fired on 1 case(s): stale-ike-sa");
        // without the rule the same case fails, with a diff of expected and actual conclusions
        Cli without = Cli.run("rules", "test", "--cases", tmp.resolve("cases").toString());
        assertThat(without.exit()).as(without.toString()).isEqualTo(1);
        assertThat(without.out()).contains("FAIL  stale-ike-sa").contains("- expected root cause STALE_IKE_SA missing")
                .contains("rootCauses  expected [STALE_IKE_SA]   actual []");
    }

    @Test
    void coverageShowsTheRuleThatNeverFired() throws Exception {
        Path rules = rules();
        newCase("stale-ike-sa", "\"STALE_IKE_SA\"");

        Cli r = Cli.run("rules", "test", rules.toString(), "--cases", tmp.resolve("cases").toString());

        String never = r.out().substring(r.out().indexOf("Never fired on any case"));
        assertThat(never).as(r.toString()).startsWith("Never fired on any case (1 of 2):").contains("  A rule no case exercises")
                .doesNotContain("stale IKE SA");
    }

    @Test
    void aKnownGapIsReportedAndDoesNotFailTheRun() throws Exception {
        newCase("stale-ike-sa", "\"STALE_IKE_SA\"");
        Files.writeString(tmp.resolve("cases").resolve("KNOWN_GAPS.txt"), "# gaps\nstale-ike-sa\tno rule reads IKMP_NO_SA yet\n");

        Cli r = Cli.run("rules", "test", "--cases", tmp.resolve("cases").toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("GAP   stale-ike-sa  known gap: no rule reads IKMP_NO_SA yet").contains("1 known gap(s)");
        // once a rule closes the gap, the run says to shrink the list
        Cli fixed = Cli.run("rules", "test", rules().toString(), "--cases", tmp.resolve("cases").toString());
        assertThat(fixed.out()).as(fixed.toString()).contains("PASS  stale-ike-sa  (listed in KNOWN_GAPS.txt: remove it from the list)");
    }

    @Test
    void oneCaseFolderCanBeGivenDirectly() throws Exception {
        Path c = newCase("alone", "");
        Cli r = Cli.run("rules", "test", "--cases", c.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("PASS  alone").contains("cases: 1 passed");
    }

    @Test
    void missingCasesFolderIsAUsageError() {
        Cli r = Cli.run("rules", "test", "--cases", tmp.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such cases folder");
    }
}
