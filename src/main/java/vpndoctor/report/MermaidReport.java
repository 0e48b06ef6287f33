package vpndoctor.report;

import vpndoctor.result.Diagnosis;

/** The explanation graph as a Mermaid flowchart (renders in GitHub/GitLab markdown). */
public final class MermaidReport {
    private MermaidReport() {}

    public static String render(Diagnosis d) {
        ExplanationGraph g = ExplanationGraph.of(d);
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (ExplanationGraph.Node n : g.nodes()) {
            out.append("  ").append(n.id()).append("[\"").append(text(ExplanationGraph.shortLabel(n, 120))).append("\"]\n");
        }
        for (ExplanationGraph.Edge e : g.edges()) {
            out.append("  ").append(e.from()).append(" -->|\"").append(text(e.rule())).append("\"| ").append(e.to()).append('\n');
        }
        for (ExplanationGraph.Kind k : ExplanationGraph.Kind.values()) {
            out.append("  classDef ").append(k.name().toLowerCase()).append(" fill:").append(Palette.fill(k)).append(",stroke:#555;\n");
        }
        out.append("  classDef ruledout fill:#eeeeee,color:#888888,stroke:#aaaaaa,stroke-dasharray:4 3;\n");
        for (ExplanationGraph.Node n : g.nodes()) {
            out.append("  class ").append(n.id()).append(' ').append(n.ruledOut() ? "ruledout" : n.kind().name().toLowerCase()).append(";\n");
        }
        return out.toString();
    }

    /** Mermaid label text: its entity codes for the characters that would end or break a label. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '|' -> b.append("#124;");
                case '#' -> b.append("#35;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
