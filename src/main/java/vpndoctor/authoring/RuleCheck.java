package vpndoctor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.RuleCompiler;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.engine.RuleProblem;
import vpndoctor.engine.RuleProblem.Severity;

/**
 * `rules check`: compiles a rules folder with the fact model (on top of the bundled rules, which
 * its rules usually build on, unless alone) and lints it. Every error of every file is reported:
 * the compiler is re-run without the failing files until nothing new fails, because one file's
 * parse error can hide another file's type errors.
 */
public final class RuleCheck {
    private static final Pattern LINE_COL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");

    private RuleCheck() {}

    /** Outcome: problems sorted errors first, then warnings, then notes, each in file order. */
    public record Result(List<RuleProblem> problems, int files, int rules) {
        public long count(Severity s) { return problems.stream().filter(p -> p.severity() == s).count(); }
        public boolean hasErrors() { return count(Severity.ERROR) > 0; }
    }

    /**
     * @param dir the folder to check, or null for the bundled rules themselves
     * @param alone compile the folder without the bundled rules
     */
    public static Result run(Path dir, boolean alone) throws IOException {
        List<RuleFile> bundled = RuleLoader.bundled();
        CauseCatalog catalog = catalogFor(dir);
        List<RuleProblem> adviceProblems = new ArrayList<>();
        if (dir != null && Files.isRegularFile(dir.resolve("advice.json"))) {
            try {
                catalog = catalog.withAdvice(dir.resolve("advice.json"));
            } catch (CauseCatalog.AdviceException e) {
                adviceProblems.add(new RuleProblem(e.file(), e.line(), 1, Severity.ERROR, "", e.problem()));
            }
        }
        List<RuleFile> checked;
        List<RuleFile> inEffect;
        if (dir == null) {
            checked = bundled;
            inEffect = bundled;
        } else {
            checked = RuleLoader.folder(dir);
            inEffect = alone ? checked : RuleLoader.overlay(bundled, checked);
        }
        List<RuleProblem> problems = new ArrayList<>(adviceProblems);
        if (checked.isEmpty()) {
            problems.add(new RuleProblem(String.valueOf(dir), 0, 0, Severity.ERROR, "", "no .drl, .dsl or .dslr file in the folder"));
            return new Result(problems, 0, 0);
        }
        RuleCompiler.Compiled compiled = RuleCompiler.compile(inEffect, inEffect.size() + 1);
        for (RuleProblem p : compiled.problems()) problems.add(withColumn(p));
        problems.addAll(new RuleLinter(catalog).lint(checked, inEffect, dir != null && !alone ? bundled : List.of()));
        problems.sort(Comparator.comparing(RuleProblem::severity));
        int rules = 0;
        for (RuleFile f : checked) if (!f.extension().equals("dsl")) rules += RuleBlock.parse(RuleLinter.textOf(f, inEffect)).size();
        return new Result(List.copyOf(problems), checked.size(), rules);
    }

    /** The bundled catalogue plus the folder's causes.tsv, when it has one. */
    public static CauseCatalog catalogFor(Path dir) throws IOException {
        CauseCatalog c = CauseCatalog.bundled();
        if (dir != null && Files.isRegularFile(dir.resolve("causes.tsv"))) c = c.merged(dir.resolve("causes.tsv"));
        return c;
    }

    /** Drools usually reports column 0 but writes "[ERR n] Line L:C" in parser messages: use that column. */
    private static RuleProblem withColumn(RuleProblem p) {
        if (p.column() > 0) return p;
        Matcher m = LINE_COL.matcher(p.message());
        if (m.find() && Integer.parseInt(m.group(1)) == p.line()) {
            // the parser counts columns from 0
            return new RuleProblem(p.file(), p.line(), Integer.parseInt(m.group(2)) + 1, p.severity(), p.rule(), p.message());
        }
        return p;
    }
}
