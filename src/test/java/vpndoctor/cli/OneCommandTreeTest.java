package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Main.run builds only the subcommand its first word names: for that subcommand's words, the exit code, the
 * standard output and the standard error are those of the whole command tree (Main.commandLine()): the words
 * picocli answers itself (help, version, refused options) and a diagnosis.
 */
class OneCommandTreeTest {
    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return "exit " + code + "\n-- out\n" + out + "\n-- err\n" + err;
    }

    @Test
    void eachSubcommandAloneAnswersItsWordsAsTheWholeTreeDoes() {
        List<String[]> lines = new ArrayList<>();
        for (Class<?> c : RootCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            if (name.equals("help")) continue;
            lines.add(new String[] {name, "--help"});
            lines.add(new String[] {name, "-h"});
            lines.add(new String[] {name, "--version"});
            lines.add(new String[] {name, "--no-such-option"});
            lines.add(new String[] {name, "--formt", "json"});
        }
        lines.add(new String[] {"diagnose", "--format", "nope", "x.log"});
        lines.add(new String[] {"diagnose", "--tunnels-per-batch", "x"});
        lines.add(new String[] {"diagnose", "facts-samples/001-ios-ikmp-bad-message", "--format", "json"});
        lines.add(new String[] {"bench", "gen", "--help"});
        lines.add(new String[] {"bench", "nosuch"});
        lines.add(new String[] {"rules", "check", "--help"});
        for (String[] args : lines) {
            String whole = run(Main.commandLine(), args);
            String one = run(Main.commandLine(args[0]), args);
            assertThat(one).as(String.join(" ", args)).isEqualTo(whole);
            if (args[1].startsWith("facts-samples/")) assertThat(whole).startsWith("exit 0").contains("\"rootCauses\"");
        }
    }

    @Test
    void onlyANamedSubcommandIsBuiltAlone() {
        assertThat(Main.commandLine("diagnose").getSubcommands().keySet()).containsExactly("diagnose");
        assertThat(Main.commandLine("help").getSubcommands()).hasSize(RootCommand.SUBCOMMANDS.size());
        assertThat(Main.commandLine("diagnos").getSubcommands()).hasSize(RootCommand.SUBCOMMANDS.size());
        assertThat(Main.commandLine(null).getSubcommands()).hasSize(RootCommand.SUBCOMMANDS.size());
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactly("diagnose", "watch", "serve", "streams", "facts", "console",
                "rules", "eval", "bench", "help");
    }
}
