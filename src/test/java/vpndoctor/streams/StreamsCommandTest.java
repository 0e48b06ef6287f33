package vpndoctor.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** The command line's streams entry, as far as it goes without a broker: its options, and a clear error without them. */
class StreamsCommandTest {
    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void helpNamesTheClusterAndTopics() {
        String[] r = run("streams", "--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("--bootstrap", "--in", "--out", "--application-id", "--rocksdb", "--property");
    }

    @Test
    void withoutBootstrapItIsAUsageError() {
        String[] r = run("streams", "--in", "syslog", "--out", "verdicts");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--bootstrap");
    }

    @Test
    void rocksdbWithoutItsLibraryIsAUsageError() {
        String[] r = run("streams", "--bootstrap", "127.0.0.1:9", "--in", "syslog", "--out", "verdicts", "--rocksdb");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1] + r[2]).contains("rocksdbjni");
    }
}
