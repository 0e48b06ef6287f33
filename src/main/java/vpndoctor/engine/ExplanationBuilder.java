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
    /** Facts whose lines are context, not the decisive evidence: which entries pair up, which interface is ours. */
    private static final Set<String> CONTEXT_TYPES = Set.of("TunnelPairing", "NetInterface", "CryptoMapBinding", "DeviceInfo", "TunnelEnds");
    /** Weight of each Support node built (Against nodes weigh -1: they come after every support). */
    private final Map<ExplanationNode, Double> reasonWeight = new java.util.IdentityHashMap<>();
    final TwoDecimals decimals = new TwoDecimals();
    private final Set<ExplanationNode> configInputs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExplanationBuilder(ExplanationRecorder recorder) {
        this.recorder = recorder;
    }

    ExplanationNode explain(Object fact) {
        return node(fact, new HashSet<>(), 0);
    }

    private ExplanationNode node(Object fact, Set<Object> path, int depth) {
        if (fact instanceof Traceable t) {
            ExplanationNode n = new ExplanationNode(typeOf(fact), t.describe(), t.getId(), lines(t), List.of());
            if (fact instanceof vpndoctor.model.config.ConfigFact) configInputs.add(n);
            return n;
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
        ExplanationNode n = new ExplanationNode(typeOf(fact), label(fact), null, List.of(), derivations);
        if (fact instanceof Support sp) reasonWeight.put(n, sp.getWeight());
        else if (fact instanceof Against) reasonWeight.put(n, -1.0);
        return n;
    }

    /**
     * The input lines under a finding's tree, decisive ones first: the log lines the supports rest
     * on (strongest support first), then the config lines they rest on (the two transform sets that
     * differ), then context (lines behind which entries pair up, interfaces), each marked with its
     * role. A support whose lines are all context has them as its decisive lines.
     */
    List<EvidenceLine> rankedEvidence(ExplanationNode root) {
        List<ExplanationNode> reasons = new ArrayList<>();
        findReasons(root, reasons, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        reasons.sort(java.util.Comparator.comparingDouble((ExplanationNode r) -> -reasonWeight.get(r)));
        Map<String, int[]> rank = new LinkedHashMap<>();          // key -> {tier, reason rank, first seen}
        Map<String, EvidenceLine> lines = new LinkedHashMap<>();
        int order = 0;
        for (int i = 0; i <= reasons.size(); i++) {
            // the last round is the whole tree: lines under no support or against keep their place, after them
            List<Object[]> found = new ArrayList<>();               // {line, context?, config?}
            walk(i < reasons.size() ? reasons.get(i) : root, false, found);
            boolean allContext = found.stream().allMatch(f -> (Boolean) f[1]);
            for (Object[] f : found) {
                EvidenceLine e = (EvidenceLine) f[0];
                boolean context = (Boolean) f[1] && !allContext;
                int tier = context ? 3 : (Boolean) f[2] ? 2 : 1;
                String key = e.where() + "|" + e.text();
                int[] r = {tier, i, order++};
                int[] old = rank.get(key);
                if (old == null || r[0] < old[0] || (r[0] == old[0] && r[1] < old[1])) {
                    if (old != null) r[2] = old[2];
                    rank.put(key, r);
                    lines.put(key, e.withRole(context ? "context" : "decisive"));
                }
            }
        }
        List<String> keys = new ArrayList<>(rank.keySet());
        keys.sort(java.util.Comparator.comparingInt((String k) -> rank.get(k)[0]).thenComparingInt(k -> rank.get(k)[1])
                .thenComparingInt(k -> rank.get(k)[2]));
        List<EvidenceLine> out = new ArrayList<>(keys.size());
        for (String k : keys) out.add(lines.get(k));
        return out;
    }

    private void findReasons(ExplanationNode n, List<ExplanationNode> out, Set<ExplanationNode> seen) {
        if (!seen.add(n)) return;
        if (reasonWeight.containsKey(n)) { out.add(n); return; }
        for (ExplanationNode.Derivation d : n.derivedBy()) for (ExplanationNode c : d.from()) findReasons(c, out, seen);
    }

    private void walk(ExplanationNode n, boolean context, List<Object[]> found) {
        boolean ctx = context || CONTEXT_TYPES.contains(n.type());
        for (EvidenceLine e : n.evidence()) found.add(new Object[] {e, ctx, configInputs.contains(n)});
        for (ExplanationNode.Derivation d : n.derivedBy()) for (ExplanationNode c : d.from()) walk(c, ctx, found);
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

    /** The fact in words (the texts of String.format("... %.2f ...") with the number from {@link #decimals}). */
    String label(Object fact) {
        if (fact instanceof Symptom s) return s.getCode() + " on tunnel " + s.getTunnel() + (s.getDetail().isEmpty() ? "" : " (" + s.getDetail() + ")");
        if (fact instanceof Support s) return "supports " + s.getCauseId() + " with weight " + decimals.of(s.getWeight()) + ": " + s.getReason();
        if (fact instanceof Against a) return a.isRuleOut()
                ? "rules out " + a.getCauseId() + ": " + a.getReason()
                : "weakens " + a.getCauseId() + " (x" + decimals.of(a.getFactor()) + "): " + a.getReason();
        if (fact instanceof Hypothesis h) return h.getCauseId() + " on tunnel " + h.getTunnel() + ", confidence " + decimals.of(h.getConfidence())
                + (h.isRuledOut() ? " (ruled out)" : "");
        if (fact instanceof RootCause r) return "root cause " + r.getCauseId() + " on tunnel " + r.getTunnel() + ", confidence " + decimals.of(r.getConfidence());
        if (fact instanceof Benign b) return "benign " + b.getFindingId() + " on tunnel " + b.getTunnel();
        return String.valueOf(fact);
    }
}
