package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option value in the help has a label that says what to give (`--port=PORT`, `--format=FORMAT`), never
 * picocli's default made from the Java field (`--max-concurrent=<maxConcurrent>`).
 */
class OptionValuesAreNamedTest {
    @Test
    void noOptionShowsItsJavaFieldName() {
        List<String> unnamed = new ArrayList<>();
        walk(Main.commandLine(), unnamed);
        assertThat(unnamed).as("options whose value label is a Java field name").isEmpty();
    }

    private static void walk(CommandLine cl, List<String> unnamed) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (o.arity().max() > 0 && o.paramLabel().startsWith("<"))
                unnamed.add(cl.getCommandSpec().qualifiedName() + " " + o.longestName() + "=" + o.paramLabel());
        }
        for (CommandLine sub : cl.getSubcommands().values()) walk(sub, unnamed);
    }
}
