package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A parent's help lists each subcommand by the first line of its description only, so that line must be a whole
 * sentence: `eval`, `streams` and `rules test` were listed cut after a comma ("... false positives on healthy cases,").
 */
class CommandSummariesAreSentencesTest {
    @Test
    void everySubcommandSummaryEndsASentence() {
        List<String> cut = new ArrayList<>();
        walk(Main.commandLine(), cut);
        assertThat(cut).as("summaries that do not end a sentence").isEmpty();
    }

    private static void walk(CommandLine cl, List<String> cut) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandSpec().qualifiedName();
            String[] description = sub.getCommandSpec().usageMessage().description();
            assertThat(description).as(name + " has a description").isNotEmpty();
            String first = description[0].strip();
            if (!first.matches("(?s).*[.!?]\\)?$")) cut.add(name + ": " + first);
            walk(sub, cut);
        }
    }
}
