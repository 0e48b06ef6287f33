package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;

/** diagnose --fail-on (exit code 1 when such a finding exists) and --format sarif (findings on config lines). */
class FailOnAndSarifCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PSK = TestDoctor.samples().resolve("cfg-psk-mismatch");
    private static final Path HEALTHY = TestDoctor.samples().resolve("cfg-healthy-asa-asa");
    /** a log alone: hypotheses (transform set, encryption domain), no root cause */
    private static final Path HYPOTHESES_ONLY = TestDoctor.samples().resolve("084-asa-phase2-mismatch-reason-only");
    /** configs and a log: the PSK_MISMATCH hypothesis rests on config lines */
    private static final Path CONFIG_HYPOTHESIS = TestDoctor.samples().resolve("089-ios-bad-message-keys-equal-with-configs");

    private static Cli configsOnly(Path c, String... more) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--config", c.resolve("local.cfg").toString(),
                "--peer-config", c.resolve("peer.cfg").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void failOnRootCauseExitsOneOnAConfigOnlyPredictionAndStillWritesTheReport() {
        Cli r = configsOnly(PSK, "--fail-on", "root-cause");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("PSK_MISMATCH");
        assertThat(configsOnly(PSK).exit()).as("without --fail-on a finding is not a failure").isZero();
        assertThat(configsOnly(PSK, "--fail-on", "hypothesis").exit()).as("hypothesis includes root causes").isEqualTo(1);
    }

    @Test
    void failOnPassesAHealthyConfigPair() {
        assertThat(configsOnly(HEALTHY, "--fail-on", "root-cause").exit()).isZero();
        assertThat(configsOnly(HEALTHY, "--fail-on", "hypothesis").exit()).isZero();
    }

    @Test
    void failOnHypothesisIsStricterThanRootCause() throws IOException {
        Cli json = Cli.run("diagnose", HYPOTHESES_ONLY.toString(), "--format", "json", "--fail-on", "root-cause");
        JsonNode d = JSON.readTree(json.out());
        assertThat(d.path("rootCauses")).as("precondition: no root cause").isEmpty();
        assertThat(d.path("hypotheses").findValues("ruledOut")).as("precondition: a live hypothesis").anyMatch(v -> !v.asBoolean());
        assertThat(json.exit()).isZero();
        assertThat(Cli.run("diagnose", HYPOTHESES_ONLY.toString(), "--fail-on", "hypothesis").exit()).isEqualTo(1);
        assertThat(Cli.run("diagnose", HYPOTHESES_ONLY.toString(), "--format", "jsonl", "--fail-on", "HYPOTHESIS").exit())
                .as("the streamed format too, any case").isEqualTo(1);
    }

    @Test
    void failOnRejectsAnUnknownKindAsAUsageError() {
        Cli r = configsOnly(HEALTHY, "--fail-on", "warning");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("root-cause or hypothesis");
    }

    @Test
    void sarifLocatesARootCauseOnTheConfigLinesItRestsOn() throws IOException {
        Cli r = configsOnly(PSK, "--format", "sarif");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = log.path("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("vpn-doctor");
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).containsExactly("PSK_MISMATCH");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(1);
        JsonNode res = results.get(0);
        assertThat(res.path("ruleId").asText()).isEqualTo("PSK_MISMATCH");
        assertThat(res.path("level").asText()).isEqualTo("error");
        assertThat(res.at("/message/text").asText()).contains("PSK_MISMATCH");
        List<JsonNode> locations = new ArrayList<>();
        res.path("locations").forEach(locations::add);
        res.path("relatedLocations").forEach(locations::add);
        assertThat(locations).isNotEmpty();
        List<String> keyLines = new ArrayList<>();
        for (JsonNode l : locations) {
            String uri = l.at("/physicalLocation/artifactLocation/uri").asText();
            int line = l.at("/physicalLocation/region/startLine").asInt();
            assertThat(uri).endsWith(".cfg");
            List<String> file = Files.readAllLines(Path.of(uri));
            assertThat(line).isBetween(1, file.size());
            String text = file.get(line - 1);
            String snippet = l.at("/physicalLocation/region/snippet/text").asText();
            if (!snippet.contains("*****")) assertThat(text).as(uri + ":" + line).isEqualTo(snippet);
            else assertThat(r.out()).as("the key stays masked").doesNotContain(text.substring(text.indexOf("key ") + 4, text.indexOf(" address")));
            if (text.startsWith("crypto isakmp key")) keyLines.add(uri);
        }
        assertThat(keyLines).as("both key lines are located").hasSize(2);
    }

    @Test
    void sarifMakesAHypothesisOnConfigLinesAWarningAndLeavesLogOnlyFindingsOut() throws IOException {
        JsonNode results = JSON.readTree(Cli.run("diagnose", CONFIG_HYPOTHESIS.toString(), "--format", "sarif").out()).at("/runs/0/results");
        assertThat(results).isNotEmpty();
        results.forEach(res -> {
            assertThat(res.path("level").asText()).isEqualTo("warning");
            assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith(".cfg");
        });
        assertThat(results.findValuesAsText("ruleId")).contains("PSK_MISMATCH");

        JsonNode logOnly = JSON.readTree(Cli.run("diagnose", HYPOTHESES_ONLY.toString(), "--format", "sarif").out());
        assertThat(logOnly.at("/runs/0/results")).as("hypotheses on log lines only: nothing to show inline").isEmpty();
        JsonNode healthy = JSON.readTree(configsOnly(HEALTHY, "--format", "sarif").out());
        assertThat(healthy.at("/runs/0/results")).isEmpty();
    }
}
