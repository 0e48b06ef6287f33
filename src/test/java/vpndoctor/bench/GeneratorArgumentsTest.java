package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** Arguments the generators refuse are usage errors that say what was expected, never "internal error". */
class GeneratorArgumentsTest {
    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gen --lines 0 --tunnels 5 --out OUT/x.log | lines must be at least 1",
            "gen --lines 10 --tunnels 0 --out OUT/x.log | tunnels must be 1..",
            "gen-config --crypto-entries 0 --out OUT/c | crypto entries must be 1..",
            "gen-config --fault ENCRYPTION_DOMAIN --out OUT/c | unknown fault ENCRYPTION_DOMAIN: expected one of NONE, TRANSFORM_SET_MISMATCH"})
    void aRefusedArgumentIsAUsageError(String args, String expected) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] words = ("bench " + args.replace("OUT", dir.toString())).split(" ");
        assertThat(cl.execute(words)).isEqualTo(2);
        assertThat(err.toString()).contains(expected).doesNotContain("internal error").contains("Usage:");
    }

    @org.junit.jupiter.api.Test
    void theHelpListsTheGeneratorsOwnFaults() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.execute("bench", "gen-config", "--help");
        assertThat(out.toString().replaceAll("\\s+", " ")).contains(String.join(", ", ConfigGenerator.FAULTS));
    }
}
