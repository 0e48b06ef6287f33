package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.result.Diagnosis;

/**
 * The JSON contract (docs/schema/): the diagnosis of every sample case (never real-heldout), every
 * sample expected.json and observations file validate against their schemas, with a schema validator.
 */
class JsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path SCHEMAS = Path.of("docs/schema");

    static JsonSchema schema(String file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(SCHEMAS.resolve(file).toFile()));
    }

    static List<Path> cases() throws IOException {
        List<Path> folders = CaseExpectation.allCaseFolders(TestDoctor.samples());
        assertThat(folders).as("sample cases").hasSizeGreaterThanOrEqualTo(30)
                .noneMatch(f -> f.toString().contains(CaseExpectation.HELD_OUT));
        return folders;
    }

    @Test
    void theSchemasAreValidDraft202012Schemas() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(URI.create("https://json-schema.org/draft/2020-12/schema"));
        try (Stream<Path> s = Files.list(SCHEMAS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                assertThat(meta.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleDiagnosisMatchesTheSchema() throws IOException {
        JsonSchema schema = schema("diagnosis.schema.json");
        return cases().stream().map(f -> DynamicTest.dynamicTest(TestDoctor.samples().relativize(f).toString(), () -> {
            Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(f));
            JsonNode out = JSON.readTree(JsonReport.render(d));
            assertThat(schema.validate(out)).as(f.toString()).isEmpty();
            ReportWarmUpTest.assertWarmedWritesTheSameBytes(d); // the report's writer set up ahead of time: same bytes
            JsonLinesStreamTest.assertStreamWritesTheSameBytes(d); // diagnose --format jsonl: one generator for all lines, same bytes
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleExpectationMatchesTheSchema() throws IOException {
        JsonSchema schema = schema("expected.schema.json");
        return cases().stream().map(f -> DynamicTest.dynamicTest(TestDoctor.samples().relativize(f).toString(), () -> {
            JsonNode exp = JSON.readTree(f.resolve(CaseExpectation.FILE).toFile());
            assertThat(schema.validate(exp)).as(f.toString()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleObservationsFileMatchesTheSchema() throws IOException {
        JsonSchema schema = schema("observations.schema.json");
        List<Path> files = new java.util.ArrayList<>();
        for (Path f : cases()) {
            try (Stream<Path> s = Files.list(f)) {
                s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals(CaseExpectation.FILE)).sorted().forEach(files::add);
            }
        }
        assertThat(files).as("sample observations").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(TestDoctor.samples().relativize(f).toString(),
                () -> assertThat(schema.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty()));
    }

    @Test
    void theOutputCarriesTheSchemaVersionTheSchemaAccepts() throws IOException {
        JsonNode out = JSON.readTree(JsonReport.render(TestDoctor.get().diagnose(
                Evidence.fromCaseFolder(TestDoctor.samples().resolve("048-asa-psk-mismatch")))));
        assertThat(out.path("schemaVersion").asText()).isEqualTo(Diagnosis.SCHEMA_VERSION);
        assertThat(out.fieldNames().next()).as("first field").isEqualTo("schemaVersion");
        JsonNode schemaDoc = JSON.readTree(SCHEMAS.resolve("diagnosis.schema.json").toFile());
        String major = Diagnosis.SCHEMA_VERSION.substring(0, Diagnosis.SCHEMA_VERSION.indexOf('.'));
        assertThat(schemaDoc.at("/properties/schemaVersion/pattern").asText()).startsWith("^" + major + "\\.");
    }

    @Test
    void theSchemasRejectWhatTheContractDoesNotAllow() throws IOException {
        // so the validation above can fail: an undocumented field, a missing version, a confidence out of range
        JsonSchema schema = schema("diagnosis.schema.json");
        ObjectNode good = (ObjectNode) JSON.readTree(JsonReport.render(TestDoctor.get().diagnose(
                Evidence.fromCaseFolder(TestDoctor.samples().resolve("048-asa-psk-mismatch")))));
        assertThat(schema.validate(good)).isEmpty();
        assertThat(schema.validate(good.deepCopy().put("undocumented", 1))).isNotEmpty();
        ObjectNode noVersion = good.deepCopy();
        noVersion.remove("schemaVersion");
        assertThat(schema.validate(noVersion)).isNotEmpty();
        ObjectNode badConfidence = good.deepCopy();
        ((ObjectNode) badConfidence.withArray("rootCauses").get(0)).put("confidence", 1.5);
        assertThat(schema.validate(badConfidence)).isNotEmpty();
        assertThat(schema.validate(good.deepCopy().put("schemaVersion", "2.0"))).isNotEmpty();

        JsonSchema expected = schema("expected.schema.json");
        ObjectNode exp = (ObjectNode) JSON.readTree(TestDoctor.samples().resolve("048-asa-psk-mismatch").resolve(CaseExpectation.FILE).toFile());
        assertThat(expected.validate(exp)).isEmpty();
        assertThat(expected.validate(exp.deepCopy().put("rootCause", "PSK_MISMATCH"))).as("misspelt field").isNotEmpty();
        ObjectNode noDescription = exp.deepCopy();
        noDescription.remove("description");
        assertThat(expected.validate(noDescription)).isNotEmpty();
        assertThat(expected.validate(exp.deepCopy().put("platform", "JUNOS"))).isNotEmpty();

        JsonSchema observations = schema("observations.schema.json");
        assertThat(observations.validate(JSON.readTree("{\"observations\": [{\"kind\": \"LARGE_PACKETS_FAIL\", \"tunnel\": \"192.0.2.1\"}]}"))).isEmpty();
        assertThat(observations.validate(JSON.readTree("{\"observations\": [{\"tunnel\": \"192.0.2.1\"}]}"))).as("no kind").isNotEmpty();
        assertThat(observations.validate(JSON.readTree("{\"observations\": [{\"kind\": \"X\", \"tunnel\": 7}]}"))).as("tunnel not text").isNotEmpty();
    }
}
