package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.model.UnrecognizedLine;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Issue 16, point 11: each dead end a rule author met while adding a rule for a message no parser
 * knows (IOS IKMP_AG_MODE_DISABLED; ASA 713239 is already in the ASA catalogue).
 */
class AuthoringDeadEndsTest {
    @TempDir Path tmp;

    /** A negotiation line that names the peer, then the unknown message, which names none. */
    private static final String LOG = "Mar  3 10:00:12.101: ISAKMP:(0):received packet from 192.0.2.9 dport 500 sport 500 Global (N) NEW SA\n"
            + "Mar  3 10:00:12.105: %CRYPTO-5-IKMP_AG_MODE_DISABLED: Unable to initiate or respond to Aggressive Mode while disabled\n";
    private static final String CAUSES = "AGGRESSIVE_MODE_REFUSED\troot\t-\tthis router refuses aggressive mode\tIKMP_AG_MODE_DISABLED\n";
    private static final String DSLR_BODY = "expander field-guide.dsl\n\n"
            + "rule \"Aggressive mode refused\"\n    @description(\"the peer opens in aggressive mode, which we refuse\")\nwhen\n"
            + "    the log says \"Unable to initiate or respond to Aggressive Mode\"\nthen\n"
            + "    conclude AGGRESSIVE_MODE_REFUSED with confidence 0.7 because \"aggressive mode refused\"\nend\n";

    private Path rules(String dslrHead) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(dir.resolve("causes.tsv"), CAUSES);
        Files.writeString(dir.resolve("ag.dslr"), "package my.rules;\n\n" + dslrHead + DSLR_BODY);
        return dir;
    }

    private Path log() throws Exception {
        Path f = tmp.resolve("router.log");
        Files.writeString(f, LOG);
        return f;
    }

    @Test
    void aDslrWithoutTheImportIsToldWhichImportToAdd() throws Exception {
        RuleCheck.Result r = RuleCheck.run(rules(""), false);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("Unable to resolve ObjectType").contains("import vpndoctor.model.*;"));
    }

    @Test
    void anUnrecognisedLineTakesThePeerItsNegotiationNamed() throws Exception {
        List<Object> facts = EvidenceLoader.load(Evidence.builder().log(log()).build()).facts();
        UnrecognizedLine u = facts.stream().filter(UnrecognizedLine.class::isInstance).map(UnrecognizedLine.class::cast).findFirst().orElseThrow();
        assertThat(u.getTunnel()).isEqualTo("192.0.2.9");
        // a line that names its own remote address takes that one
        Path own = tmp.resolve("own.log");
        Files.writeString(own, "Mar  3 10:00:12.105: %CRYPTO-4-IKMP_SOMETHING_NEW: IKE message from 198.51.100.20 was refused for a new reason\n");
        UnrecognizedLine v = EvidenceLoader.load(Evidence.builder().log(own).build()).facts().stream()
                .filter(UnrecognizedLine.class::isInstance).map(UnrecognizedLine.class::cast).findFirst().orElseThrow();
        assertThat(v.getTunnel()).isEqualTo("198.51.100.20");
    }

    @Test
    void theLogSaysMatchesAnUnrecognisedLineOnItsTunnelAndTheLineIsNoLongerListed() throws Exception {
        Evidence ev = Evidence.builder().log(log()).build();
        Diagnosis without = Diagnoser.withBundledRules().diagnose(ev);
        assertThat(without.rootCauseIds()).doesNotContain("AGGRESSIVE_MODE_REFUSED");
        assertThat(without.unrecognized()).hasSize(1);

        Diagnosis with = Diagnoser.builder().rulesDir(rules("import vpndoctor.model.*;\n\n")).build().diagnose(ev);
        Finding f = with.rootCauses().stream().filter(x -> x.id().equals("AGGRESSIVE_MODE_REFUSED")).findFirst().orElseThrow();
        assertThat(f.tunnel()).isEqualTo("192.0.2.9");
        assertThat(with.unrecognized()).as("a line a rule read is understood now").isEmpty();
        assertThat(with.input().unrecognized()).isZero();
        assertThat(with.input().lines()).isEqualTo(with.input().relevant() + with.input().irrelevant() + with.input().unrecognized() + with.input().skippedLines());
    }

    @Test
    void aRulesFolderCarriesItsOwnFixAndNextCommands() throws Exception {
        Path dir = rules("import vpndoctor.model.*;\n\n");
        Files.writeString(dir.resolve("advice.json"), "{\"AGGRESSIVE_MODE_REFUSED\": {\"fix\": {\"IOS\": [\"no crypto isakmp aggressive-mode disable\"]},"
                + " \"next\": {\"any\": [\"show running-config | include aggressive-mode\"]}},"
                + " \"PSK_MISMATCH\": {\"next\": {\"IOS\": [\"show crypto isakmp key\"]}}}");
        Diagnoser d = Diagnoser.builder().rulesDir(dir).build();
        Finding f = d.diagnose(Evidence.builder().log(log()).build()).rootCauses().get(0);
        assertThat(f.remediation()).contains("no crypto isakmp aggressive-mode disable");
        assertThat(f.nextCommands()).contains("show running-config | include aggressive-mode");
        // merged over the bundled advice: a bundled cause keeps its fix, its IOS next commands are replaced
        CauseCatalog.Cause psk = vpndoctor.engine.Engine.of(d).catalog().get("PSK_MISMATCH").orElseThrow();
        assertThat(psk.nextFor(vpndoctor.model.Platform.IOS)).containsExactly("show crypto isakmp key");
        assertThat(psk.fixFor(vpndoctor.model.Platform.IOS)).isEqualTo(CauseCatalog.bundled().get("PSK_MISMATCH").orElseThrow().fixFor(vpndoctor.model.Platform.IOS));
    }

    @Test
    void aBadAdviceEntryIsAClearErrorWithItsLine() throws Exception {
        Path dir = rules("import vpndoctor.model.*;\n\n");
        Files.writeString(dir.resolve("advice.json"), "{\n  \"AGGRESSIVE_MODE_REFUSED\": {\n    \"fix\": {\"ASAA\": [\"x\"]}\n  }\n}\n");
        assertThatThrownBy(() -> Diagnoser.builder().rulesDir(dir).build())
                .hasMessageContaining("advice.json:3").hasMessageContaining("unknown platform \"ASAA\"").hasMessageContaining("did you mean \"ASA\"");
        Files.writeString(dir.resolve("advice.json"), "{\n  \"PSK_MISMATCHH\": {\"fix\": {\"ASA\": [\"x\"]}}\n}\n");
        RuleCheck.Result r = RuleCheck.run(dir, false);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("advice.json");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("PSK_MISMATCHH").contains("did you mean \"PSK_MISMATCH\"");
        });
    }

    @Test
    void rulesCheckLintsWeightsOutsideZeroToOneAndMistypedCauseIds() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lint"));
        Files.writeString(dir.resolve("w.drl"), "package my.rules;\n\nimport vpndoctor.model.*;\n\n"
                + "rule \"too sure\"\n    @description(\"x\")\nwhen\n    $e : LogEvent( kind == \"DPD\" )\nthen\n"
                + "    insertLogical( new Support(\"PSK_MISMATCH\", $e.getTunnel(), 1.5, \"r\") );\n"
                + "    insertLogical( new Against(\"IKE_POLICY_MISMATCH\", $e.getTunnel(), -0.2, \"r\") );\n"
                + "    insertLogical( new Support(\"PSK_MISMACH\", $e.getTunnel(), 0.5, \"r\") );\nend\n");
        RuleCheck.Result r = RuleCheck.run(dir, false);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("w.drl:10:").contains("error").contains("weight 1.5").contains("outside 0..1"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("w.drl:11:").contains("error").contains("factor -0.2"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("w.drl:12:").contains("PSK_MISMACH").contains("did you mean PSK_MISMATCH?"));
        assertThat(r.problems()).noneSatisfy(p -> assertThat(p.toString()).contains("weight 0.5"));
    }

    @Test
    void rulesDocDocumentsTheAuthorsOwnRules() throws Exception {
        Path dir = rules("import vpndoctor.model.*;\n\n");
        Cli r = Cli.run("rules", "doc", dir.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("## Rules of `" + dir + "`").contains("`AGGRESSIVE_MODE_REFUSED` | root")
                .contains("#### Aggressive mode refused").contains("the peer opens in aggressive mode, which we refuse")
                .contains("concludes Support `AGGRESSIVE_MODE_REFUSED` weight 0.7")
                .contains("## Fact model reference");
    }
}
