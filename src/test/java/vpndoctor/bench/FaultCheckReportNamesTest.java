package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bench check --report` reads what diagnose wrote whatever the file is called: JSON Lines (one tunnel
 * a line) or one --format json report. It used to tell them apart by ".jsonl", so a JSON Lines
 * report saved as "out.txt" gave only its first tunnel and a false MISMATCH.
 */
class FaultCheckReportNamesTest {
    @TempDir Path dir;

    private static final String FAULTS = """
            {"tunnels": [
              {"peer": "203.0.113.1", "fault": "PSK", "episodes": 3, "expectedCause": "PSK_MISMATCH"},
              {"peer": "203.0.113.2", "fault": "IKE_BLOCKED", "episodes": 3, "expectedCause": "IKE_TRAFFIC_BLOCKED"},
              {"peer": "203.0.113.3", "fault": null, "episodes": 3, "expectedCause": null}
            ]}""";
    private static final String LINES = """
            {"tunnel":"203.0.113.1","rootCauses":[{"id":"PSK_MISMATCH","tunnel":"203.0.113.1"}]}
            {"tunnel":"203.0.113.2","rootCauses":[{"id":"IKE_TRAFFIC_BLOCKED","tunnel":"203.0.113.2"}]}
            {"tunnel":"203.0.113.3","rootCauses":[]}
            {"summary":true,"tunnels":3}
            """;
    private static final String WHOLE = """
            {
              "schemaVersion": "1.3",
              "rootCauses": [
                {"id": "PSK_MISMATCH", "tunnel": "203.0.113.1"},
                {"id": "IKE_TRAFFIC_BLOCKED", "tunnel": "203.0.113.2"}
              ]
            }
            """;

    private FaultCheck.Result check(String report, String name) throws Exception {
        Path faults = Files.writeString(dir.resolve("g.log.faults.json"), FAULTS);
        return FaultCheck.check(faults, Files.writeString(dir.resolve(name), report));
    }

    @Test
    void jsonLinesAreReadWhateverTheFileIsCalled() throws Exception {
        for (String name : new String[] {"out.jsonl", "out.txt", "out"}) {
            FaultCheck.Result r = check(LINES, name);
            assertThat(r.exact()).as(name + ": " + r.summary()).isTrue();
            assertThat(r.faultyExact()).isEqualTo(2);
        }
    }

    @Test
    void oneJsonReportIsReadWhateverTheFileIsCalled() throws Exception {
        for (String name : new String[] {"r.json", "r.jsonl"}) {
            FaultCheck.Result r = check(WHOLE, name);
            assertThat(r.exact()).as(name + ": " + r.summary()).isTrue();
        }
    }

    @Test
    void aMissingCauseIsStillAMismatch() throws Exception {
        FaultCheck.Result r = check(LINES.replace("IKE_TRAFFIC_BLOCKED", "PSK_MISMATCH"), "out.txt");
        assertThat(r.exact()).isFalse();
        assertThat(r.mismatches()).anyMatch(m -> m.startsWith("203.0.113.2 expected [IKE_TRAFFIC_BLOCKED]"));
    }
}
