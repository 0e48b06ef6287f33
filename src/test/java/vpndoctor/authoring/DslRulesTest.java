package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.result.Diagnosis;

/** The rules written in the field-guide DSL: bundled, proved by their cases, and usable from a folder. */
class DslRulesTest {
    /** Each bundled DSL rule and the sample case that proves it (its near miss must not fire it). */
    private static final Map<String, List<String>> PROOF = Map.of(
            "Persistent invalid SPI without recovery points at the peer's stale SA",
            List.of("071-ios-persistent-invalid-spi", "072-ios-invalid-spi-then-tunnel-up"),
            "QM FSM error with a failed correlator removal strengthens the encryption domain mismatch",
            List.of("073-asa-qm-fsm-correlator", "074-asa-correlator-after-normal-teardown"),
            "IKE peer address not configured means the crypto map entry has no peer",
            List.of("075-asa-ike-peer-address-not-configured", "076-asa-complete-map-healthy-initiator"));

    @TempDir Path tmp;

    @Test
    void atLeastThreeBundledRulesAreWrittenInTheDsl() {
        List<RuleFile> dslr = RuleLoader.bundled().stream().filter(f -> f.extension().equals("dslr")).toList();
        long rules = dslr.stream().mapToLong(f -> RuleBlock.parse(f.content()).size()).sum();
        assertThat(rules).isGreaterThanOrEqualTo(3);
        assertThat(dslr).allSatisfy(f -> assertThat(f.content()).contains("expander field-guide.dsl"));
        assertThat(CaseRun.ruleNames(TestDoctor.get())).containsAll(PROOF.keySet());
    }

    @Test
    void eachDslRuleFiresOnItsCaseAndNotOnItsNearMiss() throws Exception {
        for (Map.Entry<String, List<String>> e : PROOF.entrySet()) {
            Engine.Run hit = Engine.of(TestDoctor.get()).diagnoseWithFirings(Evidence.fromCaseFolder(TestDoctor.samples().resolve(e.getValue().get(0))));
            Engine.Run miss = Engine.of(TestDoctor.get()).diagnoseWithFirings(Evidence.fromCaseFolder(TestDoctor.samples().resolve(e.getValue().get(1))));
            assertThat(hit.firings()).as(e.getValue().get(0)).containsKey(e.getKey());
            assertThat(miss.firings()).as(e.getValue().get(1)).doesNotContainKey(e.getKey());
        }
    }

    @Test
    void theDslConclusionShowsInTheVerdictsExplanation() throws Exception {
        Diagnosis d = TestDoctor.diagnoseSample("073-asa-qm-fsm-correlator");
        String json = vpndoctor.report.JsonReport.render(d);
        assertThat(json).contains("the ASA could not even find the exchange to clean up");
        assertThat(d.rootCauses().get(0).confidence()).isGreaterThan(0.6); // 0.5 from the QM FSM rule alone
    }

    @Test
    void dslRulesCompileFromAFolderTooAndWorkThroughTheLibrary() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("my-dsl"));
        // the bundled DSL file is available to a folder's .dslr without copying it
        Files.writeString(dir.resolve("mine.dslr"), "package my.dsl;\n\nimport vpndoctor.model.*;\n\nexpander field-guide.dsl\n\n"
                + "rule \"Correlator line alone is worth a look\"\n    @description(\"test rule\")\nwhen\n"
                + "    the log says \"Removing peer from correlator table failed\"\nthen\n"
                + "    conclude ENCRYPTION_DOMAIN_MISMATCH with confidence 0.2 because \"a folder rule in the DSL\"\nend\n");
        Diagnoser doctor = Diagnoser.builder().rulesDir(dir).build();
        assertThat(Engine.of(doctor).ruleProblems()).isEmpty();
        Engine.Run run = Engine.of(doctor).diagnoseWithFirings(Evidence.fromCaseFolder(TestDoctor.samples().resolve("074-asa-correlator-after-normal-teardown")));
        assertThat(run.firings()).containsKey("Correlator line alone is worth a look");
        assertThat(run.diagnosis().hypotheses()).anySatisfy(f -> assertThat(f.id()).isEqualTo("ENCRYPTION_DOMAIN_MISMATCH"));

        // the bundled DSL folder itself, alone, compiles as a rules folder
        Diagnoser alone = Diagnoser.builder().bundledRules(false).rulesDir(Path.of("rules-drl", "dsl")).build();
        assertThat(Engine.of(alone).ruleProblems()).isEmpty();
        assertThat(CaseRun.ruleNames(alone)).containsAll(PROOF.keySet());
        assertThat(Set.copyOf(Engine.of(alone).ruleFiles().stream().map(RuleFile::extension).toList())).contains("dsl", "dslr");
    }
}
