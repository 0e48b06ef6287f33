package vpndoctor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.console.CommandDispatcher;
import vpndoctor.console.ConsoleSession;
import vpndoctor.console.Output;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleProblem;
import vpndoctor.report.Style;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"What-if console over one live rule session: diagnose, why, whynot, assume, retract, undo, diff, save.",
                "On a terminal: history, Tab completion, colour. Piped: reads commands from standard input, one per line,",
                "with no prompt (replay a session from a file); exit code 1 when a command failed."})
public final class ConsoleCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin EvidenceOptions evidence;
    @Mixin RulesOption rules;

    @Option(names = "--color", negatable = true, description = "colour (default: on a terminal only)")
    Boolean color;

    @Override public Integer call() throws Exception {
        Diagnoser doctor = rules.build();
        PrintWriter err = spec.commandLine().getErr();
        for (RuleProblem p : Engine.of(doctor).ruleProblems()) if (p.severity() == RuleProblem.Severity.ERROR) err.println(p);
        boolean given = !evidence.positional.isEmpty() || !evidence.logs.isEmpty() || evidence.config != null
                || evidence.peerConfig != null || !evidence.observations.isEmpty();
        Evidence ev = given ? evidence.toEvidence() : Evidence.builder().build();
        try (ConsoleSession session = ConsoleSession.open(doctor, rules.rulesDir, !rules.noBundled, ev)) {
            // evidence named on the command line that cannot be read is an error, as for diagnose and facts
            if (given) ErrorHandler.requireSomeInput(session.diagnosis().input().sources(), session.diagnosis().input().skipped(), err);
            if (System.console() != null) return ConsoleTerminal.run(session, color);
            // Not a terminal: plain line reading, no prompt or banner, so a replayed script prints only answers.
            PrintWriter out = spec.commandLine().getOut();
            boolean c = color != null && color;
            CommandDispatcher d = new CommandDispatcher(session, new Output(out, new Style(c), c));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) if (!d.execute(line)) break;
            out.flush();
            return d.failures() > 0 ? 1 : 0;
        }
    }
}
