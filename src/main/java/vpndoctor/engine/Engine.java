package vpndoctor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kie.api.KieBase;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.result.Diagnosis;

/**
 * What a {@link Diagnoser} is made of (compiled rules, cause catalog, budgets), for the tool's own
 * commands: the console keeps a session alive, `rules test` counts firings, bench times the parts,
 * serve names the rule set. Internal: not part of the library API (packages vpndoctor and
 * vpndoctor.result), it may change in any release. Reach it with {@link #of(Diagnoser)}.
 */
public final class Engine {
    private static volatile Function<Diagnoser, Engine> access;

    private final KieBase kieBase;
    private final List<RuleFile> ruleFiles;
    private final List<RuleProblem> ruleProblems;
    private final CauseCatalog catalog;
    private final int firingLimit;
    private final long factBudget;
    private final long timeBudgetMs;
    private final String ruleSet;

    public Engine(RuleCompiler.Compiled compiled, CauseCatalog catalog, int firingLimit, long factBudget, long timeBudgetMs) {
        this.kieBase = compiled.kieBase();
        this.ruleFiles = compiled.used();
        this.ruleSet = RuleSetId.of(ruleFiles);
        this.ruleProblems = compiled.problems();
        this.catalog = catalog;
        this.firingLimit = firingLimit;
        this.factBudget = factBudget;
        this.timeBudgetMs = timeBudgetMs;
    }

    /** The engine behind a diagnoser. */
    public static Engine of(Diagnoser doctor) {
        Objects.requireNonNull(doctor, "doctor");
        return access.apply(doctor); // set: Diagnoser's class initializer ran before any instance existed
    }

    /** Called once, by Diagnoser's class initializer: how to read a diagnoser's engine without a public getter. */
    public static void grantAccess(Function<Diagnoser, Engine> accessor) {
        synchronized (Engine.class) {
            if (access != null) throw new IllegalStateException("engine access is granted once, by Diagnoser");
            access = Objects.requireNonNull(accessor);
        }
    }

    /** A diagnosis with how often each rule fired in it (for rule coverage: `rules test`). */
    public record Run(Diagnosis diagnosis, Map<String, Integer> firings) {}

    /** A diagnosis of evidence loaded beforehand ({@link EvidenceLoader#load}), e.g. while the rules were being read. */
    public Diagnosis diagnose(LoadedEvidence loaded) {
        return diagnoseWithFirings(loaded).diagnosis();
    }

    /** Like {@link Diagnoser#diagnose(Evidence)}, also returning the rule firings of this diagnosis. */
    public Run diagnoseWithFirings(Evidence evidence) {
        return diagnoseWithFirings(EvidenceLoader.load(evidence));
    }

    /** Like {@link #diagnose(LoadedEvidence)}, also returning the rule firings of this diagnosis. */
    public Run diagnoseWithFirings(LoadedEvidence loaded) {
        return diagnoseWithFirings(loaded, null);
    }

    /** Like {@link #diagnose(LoadedEvidence)}; {@code watch} (if not null) reads the fired session before it closes. */
    Diagnosis diagnose(LoadedEvidence loaded, java.util.function.Consumer<RuleSession> watch) {
        return diagnoseWithFirings(loaded, watch).diagnosis();
    }

    private Run diagnoseWithFirings(LoadedEvidence loaded, java.util.function.Consumer<RuleSession> watch) {
        try (RuleSession session = newSession()) {
            loaded.facts().forEach(session::insert);
            RuleSession.FireResult fired = session.fire();
            List<String> errors = new ArrayList<>(fired.errors());
            Diagnosis d = assembler().assemble(session, context(loaded, errors));
            if (watch != null) watch.accept(session);
            return new Run(d, session.recorder().firings());
        }
    }

    /** A fresh session over these rules, for callers that keep one alive (the what-if console). */
    public RuleSession newSession() { return new RuleSession(kieBase, firingLimit, factBudget, timeBudgetMs); }

    /** Turns a fired session into a Diagnosis, with this engine's cause catalog. */
    public DiagnosisAssembler assembler() { return new DiagnosisAssembler(catalog, ruleSet); }

    /** The report context for loaded evidence plus errors met while firing (compile errors come first). */
    public DiagnosisAssembler.Context context(LoadedEvidence loaded, List<String> fireErrors) {
        List<String> errors = new ArrayList<>();
        for (RuleProblem p : ruleProblems) if (p.severity() == RuleProblem.Severity.ERROR) errors.add(p.toString());
        errors.addAll(fireErrors);
        return new DiagnosisAssembler.Context(loaded.accounting(), loaded.sources(), loaded.configPlatform(),
                loaded.configLines(), loaded.configUnparsed(), loaded.notes(), errors);
    }

    /** Compile errors and warnings met while building (files with errors were left out). */
    public List<RuleProblem> ruleProblems() { return ruleProblems; }

    /** The rule files compiled into this engine. */
    public List<RuleFile> ruleFiles() { return ruleFiles; }

    /** The cause IDs these rules may conclude, with their meaning (bundled plus a rules folder's causes.tsv). */
    public CauseCatalog catalog() { return catalog; }

    /** The compiled rule base (immutable, shared by every session). */
    public KieBase kieBase() { return kieBase; }
}
