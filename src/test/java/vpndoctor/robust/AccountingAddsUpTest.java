package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.report.JsonReport;

/**
 * For every sample case and every bad-input corpus file, the JSON "input" block says how many lines
 * were read, relevant, irrelevant, unrecognized and skipped, each skip has a reason, and
 * lines = relevant + irrelevant + unrecognized + skippedLines.
 */
class AccountingAddsUpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicTest> everySampleAndBadInputAddsUp() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path c : CaseExpectation.caseFolders(Path.of("facts-samples"))) {
            tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(Evidence.fromCaseFolder(c))));
        }
        try (Stream<Path> s = Files.list(BadInputs.DIR)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                Evidence.Builder b = Evidence.builder();
                if (n.endsWith(".json")) b.observations(p);
                else if (n.endsWith(".cfg")) b.localConfig(p);
                else b.log(p);
                tests.add(DynamicTest.dynamicTest("bad-inputs/" + n, () -> check(b.build())));
            }
        }
        return tests;
    }

    private static void check(Evidence e) throws IOException {
        JsonNode in = JSON.readTree(JsonReport.render(TestDoctor.get().diagnose(e))).path("input");
        for (String f : List.of("lines", "relevant", "irrelevant", "unrecognized", "skippedLines", "skipped")) {
            assertThat(in.has(f)).as("input." + f).isTrue();
        }
        assertThat(in.path("lines").asLong()).isEqualTo(in.path("relevant").asLong() + in.path("irrelevant").asLong()
                + in.path("unrecognized").asLong() + in.path("skippedLines").asLong());
        long listedLines = 0;
        for (JsonNode s : in.path("skipped")) {
            assertThat(s.path("source").asText()).isNotBlank();
            assertThat(s.path("reason").asText()).isNotBlank();
            if (s.path("line").asInt() > 0) listedLines++;
        }
        assertThat(listedLines).as("skipped lines listed (up to the cap)").isLessThanOrEqualTo(in.path("skippedLines").asLong());
    }
}
