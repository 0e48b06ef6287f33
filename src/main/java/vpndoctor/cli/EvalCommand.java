package vpndoctor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.Diagnoser;
import vpndoctor.eval.EvalReport;
import vpndoctor.eval.Evaluation;
import vpndoctor.eval.Judgement;
import vpndoctor.report.JsonReport;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score case folders (evidence + expected.json) against their expected root causes.",
                "Top-1, top-3, exact set, false positives on healthy cases, by platform, evidence kind and source corpus, a calibration table (confidence bucket -> how often right) and the misses.",
                "A DIR is a case or holds cases at any depth; a folder named real-heldout below a DIR is never entered (name it to score it).",
                "--fixtures: plain log files that must give no root cause unless --judgement allows it, and must be read to the last line.",
                "Exit 0 when the scoring ran, whatever the scores."})
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RulesOption rules;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "case folders, or folders holding case folders")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--fixtures", paramLabel = "DIR_OR_FILE", arity = "1..*",
            description = "plain log files (no expected.json), or folders of them (*.log, *.log.gz, *.txt)")
    List<Path> fixtures = new ArrayList<>();

    @Option(names = "--judgement", paramLabel = "FILE",
            description = "TSV 'file<TAB>allowed IDs (or -)[<TAB>why]': the root causes a fixture's lines may justify (default: none)")
    Path judgement;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override public Integer call() throws Exception {
        if (dirs.isEmpty() && fixtures.isEmpty()) throw new ErrorHandler.UsageProblem("eval: give case folders (DIR...) and/or --fixtures", 2);
        if (!format.equals("text") && !format.equals("json")) throw new ErrorHandler.UsageProblem("eval: --format is text or json", 2);
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) throw new ErrorHandler.UsageProblem(d + ": no such folder of cases", 2);
        }
        Judgement j = judgement == null ? Judgement.none() : Judgement.read(judgement);
        Diagnoser doctor = rules.build();
        EvalReport r = Evaluation.run(doctor, dirs, fixtures, j);
        if (!dirs.isEmpty() && r.cases().isEmpty()) {
            spec.commandLine().getErr().println("vpn-doctor: no case folder (a folder with expected.json) under " + dirs);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n" : r.text());
        out.flush();
        return 0;
    }
}
