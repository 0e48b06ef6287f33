package vpndoctor.authoring;

import java.util.ArrayList;
import java.util.List;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Compares a diagnosis with a case's expectation. A specific ID satisfies the general one it
 * refines (root-causes.tsv). Returns the list of mismatches, empty when the case passes. Used by
 * the sample-case tests and by `rules test`, so both judge a case the same way.
 */
public final class CaseCheck {
    private CaseCheck() {}

    public static List<String> mismatches(CaseExpectation exp, Diagnosis d, CauseCatalog catalog) {
        List<String> problems = new ArrayList<>();
        List<String> actual = d.rootCauses().stream().map(Finding::id).toList();
        for (String want : exp.rootCauses()) {
            if (actual.stream().noneMatch(a -> catalog.satisfies(a, want))) problems.add("expected root cause " + want + " missing");
        }
        if (!exp.rootCauses().isEmpty() && !actual.isEmpty()) {
            String top = actual.get(0);
            boolean topOk = exp.rootCauses().stream().anyMatch(w -> catalog.satisfies(top, w) || catalog.satisfies(w, top));
            if (!topOk) problems.add("top-ranked root cause is " + top + ", expected one of " + exp.rootCauses());
        }
        if (exp.rootCauses().isEmpty() && !actual.isEmpty()) problems.add("expected no root cause, got " + actual);
        for (String not : exp.notRootCauses()) {
            for (String a : actual) if (catalog.satisfies(a, not) && !exp.rootCauses().contains(a)) problems.add("near-miss " + not + " must not be a root cause (got " + a + ")");
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
}
