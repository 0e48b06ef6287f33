package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static vpndoctor.robust.BadInputs.GOOD_LOG;
import static vpndoctor.robust.BadInputs.file;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through the command line: exit 3 with the file and reason on standard error
 * when nothing could be read; exit 0 with the reason in the report when something else could.
 */
class BadInputCliTest {
    private static final Path MISSING = Path.of("src/test/resources/bad-inputs/no-such.log");

    @Test
    void onlyUnreadableInputsExitThreeNamingEachFile(@TempDir Path dir) {
        Cli r = Cli.run("diagnose", "--log", MISSING.toString(), file("binary.log").toString(), dir.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(MISSING + ": file not found")
                .containsPattern("binary\\.log: binary file: \\d+ NUL bytes")
                .contains(dir + ": is a directory, expected a file")
                .contains("none of the inputs could be read");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aGoodInputBesideBadOnesExitsZeroAndTheReportNamesTheBadOnes() {
        Cli r = Cli.run("diagnose", "--log", MISSING.toString(), file("binary.log").toString(), GOOD_LOG.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("PSK_MISMATCH", "skipped " + MISSING + ": file not found", "binary.log: binary file");
    }

    @Test
    void jsonReportCarriesTheSkippedSourcesAndAddsUp() throws Exception {
        Cli r = Cli.run("diagnose", "--format", "json", "--log", file("crlf.log").toString(), MISSING.toString(),
                "--observations", file("wrong-types.json").toString());
        assertThat(r.exit()).isZero();
        var input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("input");
        assertThat(input.path("lines").asLong()).isEqualTo(input.path("relevant").asLong() + input.path("irrelevant").asLong()
                + input.path("unrecognized").asLong() + input.path("skippedLines").asLong());
        assertThat(input.path("skipped").toString()).contains(MISSING.toString(), "file not found", "wrong-types.json");
    }

    @Test
    void emptyLogAloneRunsAndSaysItWasEmpty() {
        Cli r = Cli.run("diagnose", "--log", file("empty.log").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("empty.log: empty");
        assertThat(r.out()).as("an empty capture is not a clean bill").contains("no evidence was read")
                .doesNotContain("nothing in the evidence points at a fault");
    }

    @Test
    void factsCommandNamesTheBadFileToo() {
        Cli r = Cli.run("facts", "--log", file("binary.log").toString(), GOOD_LOG.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("skipped\t" + file("binary.log") + ": binary file");
    }
}
