package vpndoctor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Write your own rules: check them (compile + lint), test them on cases with rule coverage, print the fact model reference.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesDocCommand.class})
public final class RulesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
