package vpndoctor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/**
 * The explanation trees of a diagnosis merged into one graph (a fact met in several trees is one
 * node): input lines -> symptoms -> supports/againsts -> hypotheses -> root causes, each edge
 * named by the rule that drew it. DOT, Mermaid and the HTML picture all draw this.
 */
public final class ExplanationGraph {
    /** What a node stands for; drives colour and column. */
    public enum Kind { INPUT, SYMPTOM, DERIVED, SUPPORT, AGAINST, HYPOTHESIS, ROOT_CAUSE }

    /** A fact. {@code id} is the graph's own node id (n1, n2 ...); {@code factId} the input fact id, if any. */
    public record Node(String id, Kind kind, String type, String label, String factId, List<EvidenceLine> lines, boolean ruledOut) {}

    /** premise -> conclusion, by a rule. */
    public record Edge(String from, String to, String rule) {}

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();

    private ExplanationGraph() {}

    public static ExplanationGraph of(Diagnosis d) {
        ExplanationGraph g = new ExplanationGraph();
        for (Finding f : d.rootCauses()) {
            String child = g.add(f.explanation(), f.ruledOut());
            // a general cause refined by this one: drawn, with an edge to the specific one
            for (Finding p = f.refines(); p != null; p = p.refines()) {
                String parent = g.add(p.explanation(), false);
                g.edges.add(new Edge(parent, child, "refined by the more specific cause"));
                child = parent;
            }
        }
        for (Finding f : d.hypotheses()) g.add(f.explanation(), f.ruledOut());
        return g;
    }

    public List<Node> nodes() { return new ArrayList<>(nodes.values()); }
    public List<Edge> edges() { return new ArrayList<>(edges); }

    private String add(ExplanationNode n, boolean ruledOutFinding) {
        String key = n.id() != null ? "fact:" + n.id() : n.type() + "|" + n.fact();
        Node existing = nodes.get(key);
        if (existing == null) {
            Kind kind = kind(n);
            boolean out = kind == Kind.HYPOTHESIS && (ruledOutFinding || n.fact().endsWith("(ruled out)"));
            String label = n.id() != null ? n.id() + " " + n.fact() : n.fact();
            existing = new Node("n" + (nodes.size() + 1), kind, n.type(), label, n.id(), n.evidence(), out);
            nodes.put(key, existing);
            for (ExplanationNode.Derivation dv : n.derivedBy()) {
                for (ExplanationNode c : dv.from()) edges.add(new Edge(add(c, false), existing.id(), dv.rule()));
            }
        }
        return existing.id();
    }

    private static Kind kind(ExplanationNode n) {
        if (n.id() != null || n.isInput() && !n.evidence().isEmpty()) return Kind.INPUT;
        return switch (n.type()) {
            case "Symptom" -> Kind.SYMPTOM;
            case "Support" -> Kind.SUPPORT;
            case "Against" -> Kind.AGAINST;
            case "Hypothesis" -> Kind.HYPOTHESIS;
            case "RootCause" -> Kind.ROOT_CAUSE;
            default -> Kind.DERIVED;
        };
    }

    /** Column of each node for drawing: inputs at 0, every conclusion right of all its premises. */
    public Map<String, Integer> layers() {
        Map<String, List<String>> preds = new HashMap<>();
        for (Edge e : edges) preds.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        Map<String, Integer> depth = new HashMap<>();
        for (String id : nodesById().keySet()) depth(id, preds, depth, new LinkedHashSet<>());
        return depth;
    }

    private static int depth(String id, Map<String, List<String>> preds, Map<String, Integer> memo, Set<String> path) {
        Integer d = memo.get(id);
        if (d != null) return d;
        int best = 0;
        if (path.add(id)) {
            for (String p : preds.getOrDefault(id, List.of())) best = Math.max(best, depth(p, preds, memo, path) + 1);
            path.remove(id);
        }
        memo.put(id, best);
        return best;
    }

    public Map<String, Node> nodesById() {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node n : nodes.values()) m.put(n.id(), n);
        return m;
    }

    /** A one-line label fit for a picture: the fact, and for an input its first line. */
    public static String shortLabel(Node n, int max) {
        String s = n.label();
        if (n.kind() == Kind.INPUT && !n.lines().isEmpty()) {
            EvidenceLine e = n.lines().get(0);
            String file = e.source().substring(Math.max(e.source().lastIndexOf('/'), e.source().lastIndexOf('\\')) + 1);
            s = (n.factId() == null ? "" : n.factId() + " ") + file + ":" + e.line() + "  " + e.text().strip();
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
