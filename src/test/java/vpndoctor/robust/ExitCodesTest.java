package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** One test per row of README's exit-code table, the same codes for every command. */
class ExitCodesTest {
    private static final String CASE = "facts-samples/001-ios-ikmp-bad-message";

    private static Cli withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void row0_theCommandRan() {
        assertThat(Cli.run("diagnose", CASE).exit()).isZero();
        assertThat(Cli.run("facts", CASE).exit()).isZero();
        assertThat(withStdin("diagnose\n", "console", CASE).exit()).isZero();
    }

    @Test
    void row1_aConsoleScriptCommandFailed() {
        assertThat(withStdin("why NOTHING_LIKE_THIS\n", "console", CASE).exit()).isEqualTo(1);
    }

    @Test
    void row2_usageErrors() {
        Cli none = Cli.run();
        assertThat(none.exit()).as("no arguments").isEqualTo(2);
        assertThat(none.err()).contains("Usage:").contains("diagnose");
        assertThat(none.out()).isEmpty();
        assertThat(Cli.run("diagnose", "--no-such-option", CASE).exit()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void row3_noInputCouldBeRead_sameForEveryCommand() {
        for (String command : new String[] {"diagnose", "facts", "console"}) {
            Cli r = withStdin("", command, "/nope");
            assertThat(r.exit()).as(command + " /nope").isEqualTo(3);
            assertThat(r.err()).as(command).contains("/nope").contains("none of the inputs could be read");
        }
    }

    @Test
    void row3_asAJsonErrorObjectWhenJsonWasAskedFor() throws IOException {
        for (String format : new String[] {"json", "jsonl"}) {
            Cli r = Cli.run("diagnose", "--format", format, "/nope");
            assertThat(r.exit()).isEqualTo(3);
            JsonNode e = new ObjectMapper().readTree(r.out()).path("error");
            assertThat(e.path("exitCode").asInt()).isEqualTo(3);
            assertThat(e.path("message").asText()).contains("none of the inputs could be read");
        }
    }

    @Test
    void row4_internalError() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(new IllegalStateException("boom"), cl, null);
        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("internal error").contains("boom");
    }

    @Test
    void row5_outputCouldNotBeWritten(@TempDir Path tmp) throws IOException {
        Cli missing = Cli.run("diagnose", "--out", tmp.resolve("no/such/dir/report.txt").toString(), CASE);
        assertThat(missing.exit()).isEqualTo(5);
        assertThat(missing.err()).contains(tmp.resolve("no/such/dir/report.txt").toString()).contains("no such folder");
        Cli dir = Cli.run("diagnose", "--out", tmp.toString(), CASE);
        assertThat(dir.exit()).isEqualTo(5);
        assertThat(dir.err()).contains(tmp.toString()).contains("is a directory");
        Cli json = Cli.run("diagnose", "--format", "json", "--out", tmp.toString(), CASE);
        assertThat(json.exit()).isEqualTo(5);
        assertThat(new ObjectMapper().readTree(json.out()).path("error").path("exitCode").asInt()).isEqualTo(5);
        Path readOnly = Files.writeString(tmp.resolve("ro.txt"), "");
        assumeTrue(readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly), "running as root: cannot make a file unwritable");
        Cli ro = Cli.run("diagnose", "--out", readOnly.toString(), CASE);
        assertThat(ro.exit()).isEqualTo(5);
        assertThat(ro.err()).contains(readOnly.toString()).contains("permission denied");
    }

    @Test
    void row5_aFullStandardOutput() {
        OutputStream full = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
        };
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(full));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("diagnose", CASE)).isEqualTo(5);
        assertThat(err.toString()).contains("cannot write the standard output");
        assertThat(cl.execute("facts", CASE)).isEqualTo(5);
    }

    @Test
    void row5_devFull() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Cli r = Cli.run("diagnose", "--out", "/dev/full", CASE);
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("/dev/full");
    }
}
