package vpndoctor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vpndoctor.authoring.RuleCheck;
import vpndoctor.engine.RuleProblem;
import vpndoctor.engine.RuleProblem.Severity;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile every .drl/.dsl/.dslr of DIR with the fact model, on top of the bundled rules, and lint it.",
                "Prints file:line:col: severity: message [rule \"name\"] for every problem of every file.",
                "Exit 0 when it compiles (warnings allowed unless --strict), 1 on errors."})
public final class RulesCheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "rules folder (default: the bundled rules)")
    Path dir;

    @Option(names = "--alone", description = "compile DIR without the bundled rules")
    boolean alone;

    @Option(names = "--strict", description = "exit 1 on warnings too")
    boolean strict;

    @Override public Integer call() throws Exception {
        RuleCheck.Result r = RuleCheck.run(dir, alone);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleProblem p : r.problems()) out.println(p);
        out.printf("%s: %d file(s), %d rule(s): %d error(s), %d warning(s), %d note(s)%n",
                dir == null ? "bundled rules" : dir.toString(), r.files(), r.rules(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
        out.flush();
        if (r.hasErrors()) return 1;
        return strict && r.count(Severity.WARNING) > 0 ? 1 : 0;
    }
}
