package vpndoctor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Compares a diagnosis with a case's expectation, strictly: the root causes must be exactly the
 * expected set (per tunnel when expected.json has "tunnels", else the IDs of the whole diagnosis),
 * and the main expected cause (first of rootCauses, or one of "acceptable") must be ranked first.
 * An expected ID is met by the same ID or by a more specific one that refines it
 * (root-causes.tsv); each claimed root cause must meet a distinct expected ID, so a parent and its
 * child both claimed, or a second unrelated cause, are extra. Returns the mismatches, empty when
 * the case passes. Used by the sample-case tests, `rules test` and `eval`, so all judge alike.
 */
public final class CaseCheck {
    private CaseCheck() {}

    public static List<String> mismatches(CaseExpectation exp, Diagnosis d, CauseCatalog catalog) {
        List<String> problems = new ArrayList<>();
        if (CaseSaver.isPlaceholder(exp.description())) {
            problems.add("description is still the placeholder that --save-case / console 'save' wrote: edit expected.json"
                    + " (what the evidence shows, why this verdict is right) before the case counts as a test");
        }
        List<String> actual = d.rootCauses().stream().map(Finding::id).toList();
        problems.addAll(exactSet(exp, d, catalog));
        problems.addAll(topRanked(exp, d, catalog));
        for (String not : exp.notRootCauses()) {
            for (String a : new LinkedHashSet<>(actual)) {
                if (catalog.satisfies(a, not) && !exp.rootCauses().contains(a)) problems.add("near-miss " + not + " must not be a root cause (got " + a + ")");
            }
        }
        for (String b : exp.benign()) {
            if (!d.benignIds().contains(b)) problems.add("expected benign " + b + " missing");
        }
        List<String> considered = new ArrayList<>(actual);
        d.hypotheses().forEach(h -> considered.add(h.id()));
        for (String h : exp.hypotheses()) {
            if (considered.stream().noneMatch(a -> catalog.satisfies(a, h))) problems.add("expected hypothesis " + h + " not considered");
        }
        for (String h : exp.notHypotheses()) {
            for (String a : considered) if (catalog.satisfies(a, h)) problems.add("near-miss " + h + " must not even be a hypothesis (got " + a + ")");
        }
        return problems;
    }

    /** True when a claimed cause answers the case's main expected one: it is it, refines it, or is acceptable. */
    public static boolean answersMain(String claimed, CaseExpectation exp, CauseCatalog catalog) {
        String main = exp.main();
        if (main == null) return false;
        return catalog.satisfies(claimed, main) || exp.acceptable().stream().anyMatch(a -> catalog.satisfies(claimed, a));
    }

    /** True when a claimed cause answers one of the expected ones (or an acceptable one). */
    public static boolean answersAny(String claimed, List<String> expected, CaseExpectation exp, CauseCatalog catalog) {
        if (expected.stream().anyMatch(e -> catalog.satisfies(claimed, e))) return true;
        return exp.main() != null && expected.contains(exp.main()) && answersMain(claimed, exp, catalog);
    }

    /** The problems with the set of root causes (missing or extra), empty when it is exactly the expected one. */
    public static List<String> exactSet(CaseExpectation exp, Diagnosis d, CauseCatalog catalog) {
        List<String> problems = new ArrayList<>();
        if (!exp.perTunnel()) {
            Set<String> ids = new LinkedHashSet<>();
            d.rootCauses().forEach(f -> ids.add(f.id()));
            compare(exp, exp.rootCauses(), ids, "", catalog, problems);
            return problems;
        }
        Map<String, Set<String>> byTunnel = new LinkedHashMap<>();
        for (Finding f : d.rootCauses()) byTunnel.computeIfAbsent(f.tunnel(), t -> new LinkedHashSet<>()).add(f.id());
        for (Map.Entry<String, List<String>> e : exp.tunnels().entrySet()) {
            compare(exp, e.getValue(), byTunnel.getOrDefault(e.getKey(), Set.of()), " on tunnel " + e.getKey(), catalog, problems);
        }
        byTunnel.forEach((t, ids) -> {
            if (!exp.tunnels().containsKey(t)) problems.add("root cause(s) " + ids + " on tunnel " + t + ", which expected.json's \"tunnels\" does not list");
        });
        return problems;
    }

    /** One set against its expectation: each expected ID met by a distinct claimed one (the same ID first, then a refinement). */
    private static void compare(CaseExpectation exp, List<String> expected, Set<String> claimed, String where,
                                CauseCatalog catalog, List<String> problems) {
        List<String> left = new ArrayList<>(claimed);
        List<String> missing = new ArrayList<>();
        for (String want : new LinkedHashSet<>(expected)) {
            if (left.remove(want)) continue;
            String meets = left.stream().filter(a -> want.equals(exp.main()) ? answersMain(a, exp, catalog) : catalog.satisfies(a, want))
                    .findFirst().orElse(null);
            if (meets != null) left.remove(meets);
            else missing.add(want);
        }
        for (String m : missing) problems.add("expected root cause " + m + " missing" + where);
        for (String x : left) {
            if (expected.isEmpty()) {
                problems.add("expected no root cause" + where + ", got " + x);
                continue;
            }
            problems.add("extra root cause " + x + where + " (expected exactly " + expected + (exp.acceptable().isEmpty() ? "" : ", or "
                    + exp.acceptable() + " for " + exp.main()) + ")");
        }
    }

    /** The main expected cause must be the first root cause. */
    public static List<String> topRanked(CaseExpectation exp, Diagnosis d, CauseCatalog catalog) {
        if (exp.main() == null || d.rootCauses().isEmpty()) return List.of();
        Finding top = d.rootCauses().get(0);
        if (answersMain(top.id(), exp, catalog)) return List.of();
        return List.of("top-ranked root cause is " + top.id() + " (" + top.confidence() + " @" + top.tunnel() + "), expected "
                + exp.main() + (exp.acceptable().isEmpty() ? "" : " or one of " + exp.acceptable()) + " first");
    }
}
