package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** 'vpn-doctor console CASE' with commands piped on stdin: no prompt, answers only, exit code. */
class ConsoleCliTest {

    private static String[] run(String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new String[]{String.valueOf(code), out.toString(), err.toString()};
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aPipedScriptRunsWithoutPromptNoiseAndEndOfInputQuits() {
        String[] r = run("diagnose\nassume peer access-list l2l permit ip 10.183.0.0 255.255.255.0 10.83.0.0 255.255.255.0\ndiff\n",
                "console", "facts-samples/cfg-non-mirrored-acls");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("vpn-doctor: 1 root cause").contains("lost root cause").doesNotContain("vpn-doctor>").doesNotContain("\u001b[");
    }

    @Test
    void aFailedCommandInAScriptGivesExitCodeOne() {
        String[] r = run("why NOTHING_LIKE_THIS\nquit\ndiagnose\n", "console");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("error:").doesNotContain("vpn-doctor: no root cause");
    }
}
