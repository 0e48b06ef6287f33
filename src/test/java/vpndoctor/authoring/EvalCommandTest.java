package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * `eval` over a hand-made set (src/test/resources/eval-cases): 4 sure cases (one right, one
 * mislabelled, one healthy, one healthy given a root cause), 1 doubtful, and a real-heldout
 * folder that must never be entered; fixtures with a judgement.
 */
class EvalCommandTest {
    private static final String CASES = "src/test/resources/eval-cases";
    private static final String FIXTURES = "src/test/resources/eval-fixtures";

    @Test
    void textReportHasTheFiguresTheBreakdownsTheCalibrationAndTheMisses() {
        Cli r = Cli.run("eval", CASES);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString())
                .contains("5 case(s) scored (1 doubtful, counted apart)")
                .contains("Cases whose label is sure: 4 (2 healthy)")
                .containsPattern("top-1\\s+2/4\\s+50.0%")
                .containsPattern("top-3\\s+2/4\\s+50.0%")
                .containsPattern("exact-set\\s+2/4\\s+50.0%")
                .containsPattern("healthy FP\\s+1/2")
                .containsPattern("ASA\\s+1\\s+1/1 100.0%")
                .containsPattern("IOS\\s+3\\s+1/3 33.3%")
                .containsPattern("pages\\s+2\\s+1/2 50.0%")
                .containsPattern("\\[0.7,0.8\\)\\s+3\\s+1\\s+33.3%")
                .contains("Misses (top-1 or exact-set wrong): 2")
                .contains("ios-psk-mislabelled  [top-1 top-3 exact-set]  IOS")
                .contains("expected: TRANSFORM_SET_MISMATCH")
                .contains("said:     PSK_MISMATCH 0.70 @192.0.2.45")
                .contains("nested/ios-noise-fp")
                .doesNotContain("never-run");
    }

    @Test
    void jsonHasTheSameFigures() throws Exception {
        Cli r = Cli.run("eval", CASES, "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("headline").path("cases").asInt()).isEqualTo(4);
        assertThat(j.path("headline").path("top1").asInt()).isEqualTo(2);
        assertThat(j.path("headline").path("top1Rate").asDouble()).isEqualTo(0.5);
        assertThat(j.path("headline").path("falsePositives").asInt()).isEqualTo(1);
        assertThat(j.path("doubtful").path("cases").asInt()).isEqualTo(1);
        assertThat(j.path("misses")).hasSize(2);
        assertThat(j.path("cases")).hasSize(5);
        assertThat(j.path("calibration").get(3).path("count").asInt()).isEqualTo(3);
    }

    @Test
    void aHeldOutFolderIsScoredOnlyWhenNamed() {
        Cli r = Cli.run("eval", CASES + "/real-heldout");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 case(s) scored").contains("never-run");
    }

    @Test
    void fixturesAreReadToTheEndAndUnjustifiedCausesNamed() {
        Cli r = Cli.run("eval", "--fixtures", FIXTURES, "--judgement", FIXTURES + "/judgement.tsv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString())
                .contains("3 fixture file(s)")
                .containsPattern("asa-noise.log\\s+lines read 10 of 10; root causes: none")
                .containsPattern("ios-psk.log\\s+lines read 7 of 7; root causes: PSK_MISMATCH 0.70 @192.0.2.45\\n")
                .containsPattern("no-final-newline.log\\s+lines read 7 of 7; root causes: PSK_MISMATCH 0.70 @192.0.2.45; UNJUSTIFIED: PSK_MISMATCH 0.70 @192.0.2.45 \\(the judgement allows none\\)")
                .contains("fixtures: 3 file(s), 3 read to the end, 1 unjustified root cause(s)")
                .doesNotContain("README");
        // without a judgement, every root cause on a fixture is unjustified
        assertThat(Cli.run("eval", "--fixtures", FIXTURES).out()).contains("2 unjustified root cause(s)");
    }

    @Test
    void aBrokenExpectationIsNamedAndTheOtherCasesStillScored() {
        Cli r = Cli.run("eval", "src/test/resources/eval-broken");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 case(s) scored").contains("error: bad-json: not scored:").contains("not valid JSON");
    }

    @Test
    void usageProblemsExitTwo() {
        assertThat(Cli.run("eval").exit()).isEqualTo(2);
        assertThat(Cli.run("eval", "no/such/folder").exit()).isEqualTo(2);
        assertThat(Cli.run("eval", CASES, "--format", "html").exit()).isEqualTo(2);
    }
}
