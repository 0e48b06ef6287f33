package vpndoctor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vpndoctor.Diagnoser;
import vpndoctor.authoring.CaseRun;
import vpndoctor.authoring.CaseRun.CaseResult;
import vpndoctor.authoring.CaseRun.Status;
import vpndoctor.authoring.RuleBlock;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.engine.RuleProblem;
import vpndoctor.result.Finding;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run case folders against the bundled rules plus DIR: pass/fail per case, then rule coverage.",
                "Every case folder (evidence + expected.json) is run and printed with expected vs actual conclusions, then rule coverage: which rules fired on which cases, which never fired.",
                "Case folders are found at any depth (facts-samples/real/ too); a folder named real-heldout below FOLDER is never run.",
                "Cases listed in KNOWN_GAPS.txt beside the cases are reported as known gaps. Exit 1 when another case fails."})
public final class RulesTestCommand implements Callable<Integer> {
    private static final int MAX_CASES_SHOWN = 8;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "your rules folder, loaded on top of the bundled rules (default: bundled rules only)")
    Path dir;

    @Option(names = "--cases", paramLabel = "FOLDER", description = "a folder of case folders (searched at any depth), or one case folder (default: facts-samples)")
    Path cases = Path.of("facts-samples");

    @Option(names = "--alone", description = "use DIR without the bundled rules")
    boolean alone;

    @Option(names = "--all-rules", description = "coverage of every rule, not only those of DIR")
    boolean allRules;

    @Override public Integer call() throws Exception {
        if (!Files.isDirectory(cases)) throw new ErrorHandler.UsageProblem(cases + ": no such cases folder (use --cases FOLDER)", 2);
        Diagnoser doctor = Diagnoser.builder().bundledRules(!alone).rulesDir(dir).build();
        PrintWriter out = spec.commandLine().getOut();
        boolean broken = false;
        for (RuleProblem p : Engine.of(doctor).ruleProblems()) {
            if (p.severity() == RuleProblem.Severity.ERROR) { out.println(p); broken = true; }
        }
        if (broken) out.println("(files with errors were left out; run `vpn-doctor rules check` for every problem)");
        CaseRun.Result r = CaseRun.runAll(doctor, cases);
        if (r.cases().isEmpty()) throw new ErrorHandler.UsageProblem(cases + ": no case folder (a folder with expected.json) found", 2);
        for (CaseResult c : r.cases()) print(out, c);
        out.printf("%ncases: %d passed, %d failed, %d known gap(s), %d known gap(s) passing now%n",
                r.count(Status.PASS), r.count(Status.FAIL), r.count(Status.GAP), r.count(Status.FIXED));
        coverage(out, r);
        out.flush();
        return r.failed() || broken ? 1 : 0;
    }

    private static void print(PrintWriter out, CaseResult c) {
        switch (c.status()) {
            case PASS -> out.println("PASS  " + c.name());
            case FIXED -> out.println("PASS  " + c.name() + "  (listed in KNOWN_GAPS.txt: remove it from the list)");
            case GAP -> out.println("GAP   " + c.name() + "  known gap: " + c.gapReason());
            case FAIL -> out.println("FAIL  " + c.name());
        }
        if (c.status() == Status.PASS || c.status() == Status.FIXED) return;
        for (String p : c.problems()) out.println("        - " + p);
        out.println("        rootCauses  expected " + c.expected().rootCauses() + "   actual " + findings(c.diagnosis().rootCauses()));
        if (!c.expected().benign().isEmpty() || !c.diagnosis().benignIds().isEmpty()) {
            out.println("        benign      expected " + c.expected().benign() + "   actual " + c.diagnosis().benignIds());
        }
        if (!c.diagnosis().hypotheses().isEmpty()) out.println("        hypotheses  " + findings(c.diagnosis().hypotheses()));
    }

    private static String findings(List<Finding> fs) {
        return fs.stream().map(f -> f.id() + " " + f.confidence() + (f.tunnel() == null ? "" : " @" + f.tunnel())).toList().toString();
    }

    private void coverage(PrintWriter out, CaseRun.Result r) throws java.io.IOException {
        Set<String> scope = new TreeSet<>(r.coverage().keySet());
        String what = "all rules";
        if (dir != null && !allRules) {
            scope = new TreeSet<>();
            for (RuleFile f : RuleLoader.folder(dir)) {
                if (f.extension().equals("dsl")) continue;
                for (RuleBlock b : RuleBlock.parse(f.content())) scope.add(b.name());
            }
            what = "rules of " + dir;
        }
        out.println();
        out.println("Rule coverage (" + what + "):");
        int fired = 0;
        for (String rule : scope) {
            Set<String> on = r.coverage().getOrDefault(rule, Set.of());
            if (on.isEmpty()) continue;
            fired++;
            // a rule firing everywhere (weighing, verdict) would print the whole sample list: keep it readable
            List<String> shown = on.stream().limit(MAX_CASES_SHOWN).toList();
            out.println("  " + rule + "  fired on " + on.size() + " case(s): " + String.join(", ", shown)
                    + (on.size() > shown.size() ? ", ... (" + (on.size() - shown.size()) + " more)" : ""));
        }
        List<String> never = scope.stream().filter(n -> r.coverage().getOrDefault(n, Set.of()).isEmpty()).toList();
        out.println("Never fired on any case (" + never.size() + " of " + scope.size() + "):");
        for (String n : never) out.println("  " + n);
        if (dir != null && !allRules) {
            long allFired = r.coverage().entrySet().stream().filter(e -> !e.getValue().isEmpty()).count();
            out.println("(" + fired + " of " + scope.size() + " rules of " + dir + " fired; all rules: "
                    + allFired + " of " + r.coverage().size() + " fired; --all-rules lists them)");
        }
    }
}
