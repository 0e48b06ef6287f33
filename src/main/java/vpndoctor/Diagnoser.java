package vpndoctor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.DiagnosisAssembler;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.KieBaseCache;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.engine.RuleCompiler;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.engine.RuleProblem;
import vpndoctor.engine.RuleSession;
import vpndoctor.result.Diagnosis;

/**
 * The library entry point. Build once (rules compile here, the costly part), then call
 * {@link #diagnose(Evidence)} as often as needed from any number of threads: the compiled rule
 * base is immutable and each diagnosis runs in its own session.
 *
 * <pre>
 * Diagnoser doctor = Diagnoser.builder().rulesDir(Path.of("my-rules")).build();
 * Diagnosis d = doctor.diagnose(Evidence.builder().log(Path.of("asa.log")).build());
 * </pre>
 */
public final class Diagnoser {
    private final KieBase kieBase;
    private final List<RuleFile> ruleFiles;
    private final List<RuleProblem> ruleProblems;
    private final CauseCatalog catalog;
    private final int firingLimit;
    private final long factBudget;
    private final long timeBudgetMs;
    private final String ruleSet;

    private Diagnoser(RuleCompiler.Compiled compiled, CauseCatalog catalog, int firingLimit, long factBudget, long timeBudgetMs) {
        this.factBudget = factBudget;
        this.timeBudgetMs = timeBudgetMs;
        this.kieBase = compiled.kieBase();
        this.ruleFiles = compiled.used();
        this.ruleSet = vpndoctor.engine.RuleSetId.of(ruleFiles);
        this.ruleProblems = compiled.problems();
        this.catalog = catalog;
        this.firingLimit = firingLimit;
    }

    /** A diagnoser with the bundled rules only. */
    public static Diagnoser withBundledRules() {
        try {
            return builder().build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Builder builder() { return new Builder(); }

    public Diagnosis diagnose(Evidence evidence) {
        return diagnose(EvidenceLoader.load(evidence));
    }

    /** A diagnosis of evidence loaded beforehand ({@link EvidenceLoader#load}), e.g. while the rules were being read. */
    public Diagnosis diagnose(LoadedEvidence loaded) {
        return diagnoseWithFirings(loaded).diagnosis();
    }

    /** A diagnosis with how often each rule fired in it (for rule coverage: `rules test`). */
    public record Run(Diagnosis diagnosis, java.util.Map<String, Integer> firings) {}

    /** Like {@link #diagnose(Evidence)}, also returning the rule firings of this diagnosis. */
    public Run diagnoseWithFirings(Evidence evidence) {
        return diagnoseWithFirings(EvidenceLoader.load(evidence));
    }

    /** Like {@link #diagnose(LoadedEvidence)}, also returning the rule firings of this diagnosis. */
    public Run diagnoseWithFirings(LoadedEvidence loaded) {
        try (RuleSession session = newSession()) {
            loaded.facts().forEach(session::insert);
            RuleSession.FireResult fired = session.fire();
            List<String> errors = new ArrayList<>(fired.errors());
            Diagnosis d = assembler().assemble(session, context(loaded, errors));
            return new Run(d, session.recorder().firings());
        }
    }

    /** A fresh session over these rules, for callers that keep one alive (the what-if console). */
    public RuleSession newSession() { return new RuleSession(kieBase, firingLimit, factBudget, timeBudgetMs); }

    public DiagnosisAssembler assembler() { return new DiagnosisAssembler(catalog, ruleSet); }

    /** The report context for loaded evidence plus errors met while firing. */
    public DiagnosisAssembler.Context context(LoadedEvidence loaded, List<String> fireErrors) {
        List<String> errors = new ArrayList<>();
        for (RuleProblem p : ruleProblems) if (p.severity() == RuleProblem.Severity.ERROR) errors.add(p.toString());
        errors.addAll(fireErrors);
        return new DiagnosisAssembler.Context(loaded.accounting(), loaded.sources(), loaded.configPlatform(),
                loaded.configLines(), loaded.configUnparsed(), loaded.notes(), errors);
    }

    /** Compile errors and warnings met while building (files with errors were left out). */
    public List<RuleProblem> ruleProblems() { return ruleProblems; }
    public List<RuleFile> ruleFiles() { return ruleFiles; }
    public CauseCatalog catalog() { return catalog; }
    public KieBase kieBase() { return kieBase; }

    /** Chooses the rules: bundled, a folder on top (override by rule name, add new), or a folder alone. */
    public static final class Builder {
        private boolean bundled = true;
        private Path rulesDir;
        private int firingLimit = RuleSession.DEFAULT_FIRING_LIMIT;
        private long factBudget = RuleSession.DEFAULT_FACT_BUDGET;
        private long timeBudgetMs = RuleSession.DEFAULT_TIME_BUDGET_MS;
        private Path cacheDir = cacheDirProperty();

        public Builder bundledRules(boolean on) { this.bundled = on; return this; }
        public Builder rulesDir(Path dir) { this.rulesDir = dir; return this; }

        /**
         * Keep compiled rules in this folder between runs (see KieBaseCache); null compiles every
         * time. Defaults to the system property vpndoctor.cache.dir when set.
         */
        public Builder cacheDir(Path dir) { this.cacheDir = dir; return this; }

        public Builder firingLimit(int limit) {
            if (limit < 1) throw new IllegalArgumentException("firing limit must be at least 1, was " + limit);
            this.firingLimit = limit;
            return this;
        }

        /**
         * Facts the rules may insert in one diagnosis (never below 50 per input fact) before the rule
         * that went over is switched off and named in ruleErrors; default 2,000,000.
         */
        public Builder factBudget(long facts) {
            if (facts < 1) throw new IllegalArgumentException("fact budget must be at least 1, was " + facts);
            this.factBudget = facts;
            return this;
        }

        /** Wall-clock time one round of rule firing may take before the running rule is stopped; default 5 minutes. */
        public Builder timeBudget(java.time.Duration budget) {
            if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("time budget must be positive, was " + budget);
            this.timeBudgetMs = budget.toMillis();
            return this;
        }

        /** Compiles the rules. Throws only when the rules folder itself cannot be read. */
        public Diagnoser build() throws IOException {
            CauseCatalog catalog = CauseCatalog.bundled(); // first: it loads while a preload (RulePreload) reads the rules
            List<RuleFile> files = bundled ? RuleLoader.bundled() : List.of();
            if (rulesDir != null) files = RuleLoader.overlay(files, RuleLoader.folder(rulesDir));
            RuleCompiler.Compiled compiled = cacheDir == null ? RuleCompiler.compile(files) : new KieBaseCache(cacheDir).compile(files);
            // a rules folder may declare its own cause IDs, so its conclusions get a meaning in reports
            if (rulesDir != null && java.nio.file.Files.isRegularFile(rulesDir.resolve("causes.tsv"))) {
                catalog = catalog.merged(rulesDir.resolve("causes.tsv"));
            }
            return new Diagnoser(compiled, catalog, firingLimit, factBudget, timeBudgetMs);
        }

        private static Path cacheDirProperty() {
            String p = System.getProperty("vpndoctor.cache.dir");
            return p == null || p.isBlank() ? null : Path.of(p);
        }
    }
}
