package vpndoctor.report;

import vpndoctor.result.Diagnosis;

/** The explanation graph in Graphviz DOT: {@code dot -Tsvg} draws it, left (input lines) to right (root causes). */
public final class DotReport {
    private DotReport() {}

    public static String render(Diagnosis d) {
        ExplanationGraph g = ExplanationGraph.of(d);
        StringBuilder out = new StringBuilder("digraph explanation {\n");
        out.append("  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\"];\n");
        for (ExplanationGraph.Node n : g.nodes()) {
            out.append("  ").append(n.id()).append(" [label=").append(quote(ExplanationGraph.shortLabel(n, 120)))
                    .append(", fillcolor=\"").append(Palette.fill(n)).append("\"");
            if (n.ruledOut()) out.append(", fontcolor=\"#888888\", color=\"#aaaaaa\", style=\"rounded,filled,dashed\"");
            out.append("];\n");
        }
        for (ExplanationGraph.Edge e : g.edges()) {
            out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=").append(quote(e.rule())).append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT string literal: quotes and backslashes escaped, line breaks as \n. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }
}
