package vpndoctor.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.result.Diagnosis;

/**
 * `rules test`: runs case folders against a set of rules, judges each with {@link CaseCheck}
 * (honouring KNOWN_GAPS.txt) and records which rules fired on which case (rule coverage).
 */
public final class CaseRun {
    /** What happened to one case. FIXED: a known gap that passes now (remove it from the list). */
    public enum Status { PASS, FAIL, GAP, FIXED }

    public record CaseResult(CaseExpectation expected, Diagnosis diagnosis, List<String> problems, Status status, String gapReason) {
        public String name() { return expected.name(); }
    }

    /** Every case's result plus, per rule name, the cases it fired on (rules that never fired map to an empty set). */
    public record Result(List<CaseResult> cases, Map<String, Set<String>> coverage) {
        public long count(Status s) { return cases.stream().filter(c -> c.status() == s).count(); }
        public boolean failed() { return count(Status.FAIL) > 0; }

        public List<String> neverFired() {
            return coverage.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }
    }

    private CaseRun() {}

    /** Runs every case directly under casesRoot (or casesRoot itself when it is a case). */
    public static Result run(Diagnoser doctor, Path casesRoot) throws IOException {
        return run(doctor, CaseExpectation.caseFolders(casesRoot));
    }

    /**
     * Runs every case at any depth under casesRoot (facts-samples/real/ too), never entering a
     * held-out folder below it ({@link CaseExpectation#allCaseFolders}).
     */
    public static Result runAll(Diagnoser doctor, Path casesRoot) throws IOException {
        return run(doctor, CaseExpectation.allCaseFolders(casesRoot));
    }

    private static Result run(Diagnoser doctor, List<Path> folders) throws IOException {
        Map<String, Set<String>> coverage = new TreeMap<>();
        for (String rule : ruleNames(doctor)) coverage.put(rule, new TreeSet<>());
        Map<Path, KnownGaps> gapsByFolder = new HashMap<>();
        List<CaseResult> results = new ArrayList<>();
        for (Path f : folders) {
            CaseExpectation exp = CaseExpectation.read(f);
            Engine.Run run = Engine.of(doctor).diagnoseWithFirings(Evidence.fromCaseFolder(f));
            for (Map.Entry<String, Integer> e : run.firings().entrySet()) {
                if (e.getValue() > 0) coverage.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(exp.name());
            }
            List<String> problems = CaseCheck.mismatches(exp, run.diagnosis(), Engine.of(doctor).catalog());
            String gap = KnownGaps.besideCase(f, gapsByFolder).reason(exp.name());
            Status status = gap == null ? (problems.isEmpty() ? Status.PASS : Status.FAIL) : (problems.isEmpty() ? Status.FIXED : Status.GAP);
            results.add(new CaseResult(exp, run.diagnosis(), problems, status, gap));
        }
        return new Result(List.copyOf(results), coverage);
    }

    /** Every rule name of the compiled rule base. */
    public static Set<String> ruleNames(Diagnoser doctor) {
        Set<String> names = new TreeSet<>();
        for (KiePackage p : Engine.of(doctor).kieBase().getKiePackages()) for (Rule r : p.getRules()) names.add(r.getName());
        return names;
    }
}
