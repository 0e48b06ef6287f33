package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vpndoctor.model.Against;
import vpndoctor.model.Benign;
import vpndoctor.model.CandidateCause;
import vpndoctor.model.Hypothesis;
import vpndoctor.model.Origin;
import vpndoctor.model.RootCause;
import vpndoctor.model.Support;
import vpndoctor.model.Symptom;
import vpndoctor.model.Traceable;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;

/** Turns the recorder's justifications into explanation trees that end at input lines. */
final class ExplanationBuilder {
    private static final int MAX_DEPTH = 12;
    private final ExplanationRecorder recorder;

    ExplanationBuilder(ExplanationRecorder recorder) {
        this.recorder = recorder;
    }

    ExplanationNode explain(Object fact) {
        return node(fact, new HashSet<>(), 0);
    }

    private ExplanationNode node(Object fact, Set<Object> path, int depth) {
        if (fact instanceof Traceable t) {
            return new ExplanationNode(typeOf(fact), t.describe(), t.getId(), lines(t), List.of());
        }
        List<ExplanationNode.Derivation> derivations = new ArrayList<>();
        if (depth < MAX_DEPTH && path.add(fact)) {
            for (Justification j : recorder.justifications(fact)) {
                List<ExplanationNode> from = new ArrayList<>();
                for (Object premise : j.matched()) {
                    if (premise instanceof CandidateCause || premise instanceof String) continue; // plumbing (a name from a list), says nothing to a person
                    from.add(node(premise, path, depth + 1));
                }
                derivations.add(new ExplanationNode.Derivation(j.rule(), j.description(), from));
            }
            path.remove(fact);
        }
        return new ExplanationNode(typeOf(fact), label(fact), null, List.of(), derivations);
    }

    /** The input lines under a tree, in order of first appearance, without repeats. */
    static List<EvidenceLine> evidence(ExplanationNode root) {
        Map<String, EvidenceLine> seen = new LinkedHashMap<>();
        collect(root, seen);
        return List.copyOf(seen.values());
    }

    private static void collect(ExplanationNode n, Map<String, EvidenceLine> seen) {
        for (EvidenceLine e : n.evidence()) seen.putIfAbsent(e.where() + "|" + e.text(), e);
        for (ExplanationNode.Derivation d : n.derivedBy()) for (ExplanationNode c : d.from()) collect(c, seen);
    }

    private static List<EvidenceLine> lines(Traceable t) {
        List<EvidenceLine> out = new ArrayList<>();
        for (Origin o : t.getOrigins()) out.add(new EvidenceLine(o.getSource(), o.getLine(), o.getText(), t.getId()));
        return out;
    }

    private static String typeOf(Object fact) {
        return fact.getClass().getSimpleName();
    }

    static String label(Object fact) {
        if (fact instanceof Symptom s) return s.getCode() + " on tunnel " + s.getTunnel() + (s.getDetail().isEmpty() ? "" : " (" + s.getDetail() + ")");
        if (fact instanceof Support s) return String.format("supports %s with weight %.2f: %s", s.getCauseId(), s.getWeight(), s.getReason());
        if (fact instanceof Against a) return a.isRuleOut()
                ? "rules out " + a.getCauseId() + ": " + a.getReason()
                : String.format("weakens %s (x%.2f): %s", a.getCauseId(), a.getFactor(), a.getReason());
        if (fact instanceof Hypothesis h) return String.format("%s on tunnel %s, confidence %.2f%s", h.getCauseId(), h.getTunnel(), h.getConfidence(), h.isRuledOut() ? " (ruled out)" : "");
        if (fact instanceof RootCause r) return String.format("root cause %s on tunnel %s, confidence %.2f", r.getCauseId(), r.getTunnel(), r.getConfidence());
        if (fact instanceof Benign b) return "benign " + b.getFindingId() + " on tunnel " + b.getTunnel();
        return String.valueOf(fact);
    }
}
