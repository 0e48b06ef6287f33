package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** `bench ingest`: one line per pass, then the steady state over the lines actually read. */
class BenchIngestCommandTest {
    @TempDir Path dir;

    @Test
    void reportsEachPassAndTheSteadyState() throws IOException {
        Path log = dir.resolve("g.log");
        try (OutputStream o = Files.newOutputStream(log)) {
            new SyslogGenerator(3_000, 3, 5, 0.05).write(o);
        }
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute("bench", "ingest", "--log", log.toString(), "--passes", "3");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("pass 1: wall", "pass 3: wall").doesNotContain("pass 4")
                .containsPattern("3000 lines; steady state \\(median of the last 2 passes\\)");
    }

    @Test
    void refusesZeroPasses() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("bench", "ingest", "--log", "x.log", "--passes", "0")).isNotZero();
        assertThat(err.toString()).contains("--passes must be at least 1");
    }
}
