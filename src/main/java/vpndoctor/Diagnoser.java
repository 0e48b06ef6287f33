package vpndoctor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.Engine;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.KieBaseCache;
import vpndoctor.engine.RuleCompiler;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
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
    static {
        Engine.grantAccess(d -> d.engine); // the tool's own commands reach the engine; the API does not show it
    }

    private final Engine engine;

    private Diagnoser(Engine engine) {
        this.engine = engine;
    }

    /**
     * A diagnoser with the bundled rules only.
     *
     * @return a diagnoser ready to use
     * @throws java.io.UncheckedIOException if the rule cache folder (system property vpndoctor.cache.dir) cannot be used
     */
    public static Diagnoser withBundledRules() {
        try {
            return builder().build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Starts choosing the rules: the bundled ones by default.
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(); }

    /**
     * Diagnoses one set of evidence. Thread-safe; each call runs in its own rule session. Unreadable
     * inputs and lines are reported in the result (input, notes), not thrown; errors of rules are in
     * {@link Diagnosis#ruleErrors()} (a rules folder's compile errors included).
     *
     * @param evidence the logs, configs and observations to diagnose
     * @return the root causes, hypotheses and benign findings, with their evidence
     */
    public Diagnosis diagnose(Evidence evidence) {
        return engine.diagnose(EvidenceLoader.load(evidence));
    }

    /**
     * Chooses the rules: bundled, a folder on top (a rule of the same name overrides, others are
     * added), or a folder alone; and the limits each diagnosis runs under.
     */
    public static final class Builder {
        private boolean bundled = true;
        private Path rulesDir;
        private int firingLimit = RuleSession.DEFAULT_FIRING_LIMIT;
        private long factBudget = RuleSession.DEFAULT_FACT_BUDGET;
        private long timeBudgetMs = RuleSession.DEFAULT_TIME_BUDGET_MS;
        private Path cacheDir = cacheDirProperty();

        private Builder() {}

        /**
         * Whether the rules bundled in the jar are used (default true).
         *
         * @param on false to use only the rules of {@link #rulesDir(Path)}
         * @return this builder
         */
        public Builder bundledRules(boolean on) { this.bundled = on; return this; }

        /**
         * A folder of rules (*.drl, *.dsl/*.dslr, and an optional causes.tsv declaring new cause IDs)
         * read on top of the bundled ones.
         *
         * @param dir the folder, or null for none
         * @return this builder
         */
        public Builder rulesDir(Path dir) { this.rulesDir = dir; return this; }

        /**
         * Keeps compiled rules in this folder between runs, so a later build skips the compilation.
         * Defaults to the system property vpndoctor.cache.dir when set.
         *
         * @param dir the cache folder, or null to compile every time
         * @return this builder
         */
        public Builder cacheDir(Path dir) { this.cacheDir = dir; return this; }

        /**
         * How many rule firings one diagnosis may take before it stops (a runaway rule ends there).
         *
         * @param limit at least 1
         * @return this builder
         * @throws IllegalArgumentException if limit is below 1
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) throw new IllegalArgumentException("firing limit must be at least 1, was " + limit);
            this.firingLimit = limit;
            return this;
        }

        /**
         * Facts the rules may insert in one diagnosis (never below 50 per input fact) before the rule
         * that went over is switched off and named in ruleErrors; default 2,000,000.
         *
         * @param facts at least 1
         * @return this builder
         * @throws IllegalArgumentException if facts is below 1
         */
        public Builder factBudget(long facts) {
            if (facts < 1) throw new IllegalArgumentException("fact budget must be at least 1, was " + facts);
            this.factBudget = facts;
            return this;
        }

        /**
         * Wall-clock time one round of rule firing may take before the running rule is stopped and
         * named in ruleErrors; default 5 minutes.
         *
         * @param budget a positive duration
         * @return this builder
         * @throws IllegalArgumentException if budget is zero or negative
         */
        public Builder timeBudget(java.time.Duration budget) {
            if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("time budget must be positive, was " + budget);
            this.timeBudgetMs = budget.toMillis();
            return this;
        }

        /**
         * Compiles the rules (the costly step: build one diagnoser and reuse it). A rule file that
         * does not compile is left out and its errors are reported in every
         * {@link Diagnosis#ruleErrors()}; the other rules still run.
         *
         * @return the diagnoser
         * @throws IOException only when the rules folder itself cannot be read
         */
        public Diagnoser build() throws IOException {
            CauseCatalog catalog = CauseCatalog.bundled(); // first: it loads while a preload (RulePreload) reads the rules
            List<RuleFile> files = bundled ? RuleLoader.bundled() : List.of();
            if (rulesDir != null) files = RuleLoader.overlay(files, RuleLoader.folder(rulesDir));
            RuleCompiler.Compiled compiled = cacheDir == null ? RuleCompiler.compile(files) : new KieBaseCache(cacheDir).compile(files);
            // a rules folder may declare its own cause IDs, so its conclusions get a meaning in reports
            if (rulesDir != null && java.nio.file.Files.isRegularFile(rulesDir.resolve("causes.tsv"))) {
                catalog = catalog.merged(rulesDir.resolve("causes.tsv"));
            }
            // ... and its own fix / next commands (advice.json, merged over the bundled advice)
            if (rulesDir != null && java.nio.file.Files.isRegularFile(rulesDir.resolve("advice.json"))) {
                catalog = catalog.withAdvice(rulesDir.resolve("advice.json"));
            }
            return new Diagnoser(new Engine(compiled, catalog, firingLimit, factBudget, timeBudgetMs));
        }

        private static Path cacheDirProperty() {
            String p = System.getProperty("vpndoctor.cache.dir");
            return p == null || p.isBlank() ? null : Path.of(p);
        }
    }
}
