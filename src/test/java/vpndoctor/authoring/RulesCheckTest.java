package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules check`: every compile error of every file with file:line, then the lint findings. */
class RulesCheckTest {
    @TempDir Path tmp;

    private static final String HEAD = "package my.rules;\n\nimport vpndoctor.model.*;\n\n";

    @Test
    void brokenDrlGetsEveryErrorWithFileAndLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        // line 8 lacks the closing parenthesis: a syntax error, which hides type errors of other files in one build
        Files.writeString(dir.resolve("a-syntax.drl"), HEAD
                + "rule \"syntax broken\"\n    @description(\"x\")\nwhen\n    $e : LogEvent( kind == \"DPD\"\nthen\n"
                + "    insertLogical( new Support(\"PSK_MISMATCH\", $e.getTunnel(), 0.5, \"r\") );\nend\n");
        Files.writeString(dir.resolve("b-types.drl"), HEAD
                + "rule \"unknown type\"\n    @description(\"x\")\nwhen\n    $e : NoSuchFact( kind == \"X\" )\nthen\nend\n\n"
                + "rule \"bad field\"\n    @description(\"x\")\nwhen\n    $e : LogEvent( nosuchfield == \"X\" )\nthen\nend\n");

        Cli r = Cli.run("rules", "check", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("a-syntax.drl") + ":9:")
                .contains(dir.resolve("b-types.drl") + ":8:").contains("NoSuchFact").contains("[rule \"unknown type\"]")
                .contains(dir.resolve("b-types.drl") + ":15:").contains("nosuchfield").contains("[rule \"bad field\"]")
                .contains("3 error(s)");
        // the bundled rules are sound: a user's syntax error must not be blamed on them
        assertThat(r.out()).doesNotContain("rules-drl/");
    }

    @Test
    void strOperatorsAreErrorsForTheyDieOnceJitCompiled() throws Exception {
        // session 15: three bundled rules used attr("transport") str[startsWith] "IPSEC/"; single diagnoses passed, and
        // the suite's many diagnoses in one Diagnoser died with NoSuchMethodError EvaluatorHelper.initOperators
        Path dir = Files.createDirectories(tmp.resolve("str"));
        Files.writeString(dir.resolve("str.drl"), HEAD
                + "rule \"a VTI line\"\n    @description(\"x\")\nwhen\n    $e : LogEvent( attr(\"transport\") str[startsWith] \"IPSEC/\" )\nthen\nend\n\n"
                + "rule \"a method call\"\n    @description(\"the same test, written as a call: \\\"str[endsWith]\\\" in a string is no operator\")\nwhen\n"
                + "    $e : LogEvent( attr(\"transport\").startsWith(\"IPSEC/\") )\nthen\nend\n");

        Cli r = Cli.run("rules", "check", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("str.drl") + ":8:1: error: str[startsWith] fails once Drools JIT-compiles")
                .contains("write .startsWith(\"...\") instead").contains("1 error(s)");
    }

    @Test
    void lintWarnsWithoutFailingUnlessStrict() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lint"));
        Files.writeString(dir.resolve("one.drl"), HEAD
                + "rule \"no description\"\nwhen\n    $e : LogEvent( kind == \"INVALID_SPI\" )\nthen\n"
                + "    insert( new Support(\"NOT_IN_CATALOGUE\", $e.getTunnel(), 0.3, \"r\") );\nend\n\n"
                + "rule \"matches a type nobody inserts\"\n    @description(\"x\")\nwhen\n    Skipped( )\nthen\nend\n\n"
                + "rule \"Every supported cause is a candidate\"\n    @description(\"my own weighing\")\nwhen\n"
                + "    Support( $c : causeId, $t : tunnel )\nthen\n    insertLogical( new CandidateCause($c, $t) );\nend\n");
        Files.writeString(dir.resolve("two.drl"), HEAD.replace("my.rules", "my.other")
                + "rule \"no description\"\n    @description(\"same name, other file\")\nwhen\n    LogEvent( kind == \"DPD\" )\nthen\nend\n");

        Cli r = Cli.run("rules", "check", dir.toString());
        String one = dir.resolve("one.drl").toString();

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains(one + ":5:1: warning: no @description").contains(one + ":9:1: warning: conclusion ID NOT_IN_CATALOGUE")
                .contains(one + ":9:1: warning: plain insert of a Support")
                .contains(one + ":15:1: warning: matches Skipped").contains("can never fire")
                .contains("info: overrides the bundled rule of the same name (rules-drl/hypotheses/weigh.drl:")
                .contains(dir.resolve("two.drl") + ":5:1: warning: rule name also used at " + one + ":5")
                .contains("0 error(s), 5 warning(s), 1 note(s)");
        assertThat(Cli.run("rules", "check", "--strict", dir.toString()).exit()).isEqualTo(1);
    }

    @Test
    void derivedTypesCountOnlyWhenSomeRuleInsertsThem() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("alone"));
        Files.writeString(dir.resolve("s.drl"), HEAD
                + "rule \"symptom consumer\"\n    @description(\"x\")\nwhen\n    Symptom( code == \"P2_PROXY_REJECTED\", $t : tunnel )\nthen\n"
                + "    insertLogical( new Support(\"ENCRYPTION_DOMAIN_MISMATCH\", $t, 0.5, \"r\") );\nend\n");
        // on top of the bundled rules Symptom is inserted by the symptom rules; alone, nobody inserts it
        assertThat(Cli.run("rules", "check", dir.toString()).out()).doesNotContain("can never fire");
        Cli alone = Cli.run("rules", "check", "--alone", dir.toString());
        assertThat(alone.out()).as(alone.toString()).contains("s.drl:8:1: warning: matches Symptom");
    }

    @Test
    void causesDeclaredByTheFolderAreKnown() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("causes"));
        Files.writeString(dir.resolve("causes.tsv"), "# id\tkind\trefines\tmeaning\ttypical evidence\n"
                + "STALE_IKE_SA\troot\t-\tthe peer still uses an IKE SA we lost\tIKMP_NO_SA\n");
        Files.writeString(dir.resolve("r.drl"), HEAD
                + "rule \"stale\"\n    @description(\"x\")\nwhen\n    $e : LogEvent( kind == \"SA_REQUEST\" )\nthen\n"
                + "    insertLogical( new Support(\"STALE_IKE_SA\", $e.getTunnel(), 0.6, \"r\") );\nend\n");
        Cli r = Cli.run("rules", "check", "--strict", dir.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0 error(s), 0 warning(s)");
    }

    @Test
    void dslrSentenceWithoutMappingIsReportedWithItsLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dsl"));
        Files.writeString(dir.resolve("mine.dslr"), HEAD + "expander field-guide.dsl\n\n"
                + "rule \"dsl rule\"\n    @description(\"x\")\nwhen\n    the log shows INVALID_SPI\n    and the moon is full\nthen\n"
                + "    conclude PEER_PHASE2_MISCONFIG with confidence 0.2 because \"r\"\nend\n");
        Cli r = Cli.run("rules", "check", dir.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("mine.dslr") + ":11:").contains("the moon is full");
    }

    @Test
    void bundledRulesAreCleanEvenStrict() {
        Cli r = Cli.run("rules", "check", "--strict");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("bundled rules:").contains("0 error(s), 0 warning(s)");
    }
}
