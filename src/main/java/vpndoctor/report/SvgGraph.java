package vpndoctor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the explanation graph as inline SVG with a simple layered layout (column = longest path
 * from an input), so the HTML report needs no script or network to show it.
 */
final class SvgGraph {
    private static final int COL_W = 300, BOX_W = 260, BOX_H = 46, ROW_H = 58, PAD = 12, CHARS = 37;

    private SvgGraph() {}

    static String render(ExplanationGraph g) {
        Map<String, Integer> layer = g.layers();
        Map<Integer, List<ExplanationGraph.Node>> columns = new TreeMap<>();
        for (ExplanationGraph.Node n : g.nodes()) columns.computeIfAbsent(layer.getOrDefault(n.id(), 0), k -> new ArrayList<>()).add(n);
        Map<String, int[]> pos = new HashMap<>();
        int rows = 1;
        for (Map.Entry<Integer, List<ExplanationGraph.Node>> c : columns.entrySet()) {
            int r = 0;
            for (ExplanationGraph.Node n : c.getValue()) pos.put(n.id(), new int[]{PAD + c.getKey() * COL_W, PAD + r++ * ROW_H});
            rows = Math.max(rows, r);
        }
        int width = PAD * 2 + (columns.isEmpty() ? 1 : columns.keySet().stream().mapToInt(i -> i).max().getAsInt() + 1) * COL_W;
        int height = PAD * 2 + rows * ROW_H;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"graph\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"explanation graph\">\n");
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
                + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777\"/></marker></defs>\n");
        Map<String, ExplanationGraph.Node> byId = g.nodesById();
        for (ExplanationGraph.Edge e : g.edges()) {
            int[] a = pos.get(e.from()), b = pos.get(e.to());
            if (a == null || b == null) continue;
            int x1 = a[0] + BOX_W, y1 = a[1] + BOX_H / 2, x2 = b[0], y2 = b[1] + BOX_H / 2;
            boolean grey = byId.get(e.to()).ruledOut();
            s.append("<path class=\"edge").append(grey ? " out" : "").append("\" d=\"M").append(x1).append(',').append(y1)
                    .append(" C").append(x1 + 30).append(',').append(y1).append(' ').append(x2 - 30).append(',').append(y2)
                    .append(' ').append(x2).append(',').append(y2).append("\" marker-end=\"url(#arrow)\"><title>")
                    .append(Html.esc("rule \"" + e.rule() + "\"")).append("</title></path>\n");
        }
        for (ExplanationGraph.Node n : g.nodes()) {
            int[] p = pos.get(n.id());
            String full = ExplanationGraph.shortLabel(n, 400);
            s.append("<g class=\"node ").append(n.kind().name().toLowerCase()).append(n.ruledOut() ? " out" : "").append("\"><title>")
                    .append(Html.esc(n.type() + ": " + full)).append("</title>");
            s.append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
                    .append("\" rx=\"6\" fill=\"").append(Palette.fill(n)).append("\"/>");
            List<String> lines = wrap(full, CHARS, 2);
            for (int i = 0; i < lines.size(); i++) {
                s.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 18 + i * 16).append("\">").append(Html.esc(lines.get(i))).append("</text>");
            }
            s.append("</g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static List<String> wrap(String s, int width, int max) {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (!rest.isEmpty() && out.size() < max) {
            if (rest.length() <= width) { out.add(rest); rest = ""; break; }
            int cut = rest.lastIndexOf(' ', width);
            if (cut < width / 2) cut = width;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            String last = out.remove(out.size() - 1);
            out.add(last.length() >= width ? last.substring(0, width - 1) + "…" : last + "…");
        }
        return out;
    }
}
