package vpndoctor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * One row per tunnel (--format table), for inputs with many tunnels: tunnel, platform, status,
 * top cause, confidence. status: "fault" (a root cause), "suspect" (only hypotheses not ruled
 * out), "benign" (only normal messages), "ok" (nothing). Faults first, then by tunnel.
 */
public final class TableReport {
    private TableReport() {}

    /** One tunnel's row. others: how many further causes or hypotheses the tunnel has. */
    record Row(String tunnel, String platform, String status, String cause, double confidence, int others) {}

    static List<Row> rows(Diagnosis d) {
        Map<String, List<Finding>> roots = new LinkedHashMap<>(), hyps = new LinkedHashMap<>();
        for (Finding f : d.rootCauses()) roots.computeIfAbsent(f.tunnel(), k -> new ArrayList<>()).add(f);
        for (Finding f : d.hypotheses()) if (!f.ruledOut()) hyps.computeIfAbsent(f.tunnel(), k -> new ArrayList<>()).add(f);
        List<Row> rows = new ArrayList<>();
        for (String t : d.tunnels()) {
            List<Finding> r = roots.getOrDefault(t, List.of()), h = hyps.getOrDefault(t, List.of());
            Finding top = !r.isEmpty() ? r.get(0) : !h.isEmpty() ? h.get(0) : null;   // both lists come highest first
            String platform = top != null ? top.platform() : platformOf(d, t);
            if (top != null) {
                rows.add(new Row(t, platform, r.isEmpty() ? "suspect" : "fault", top.id(), top.confidence(), r.size() + h.size() - 1));
            } else {
                boolean benign = d.benign().stream().anyMatch(b -> b.tunnel().equals(t));
                rows.add(new Row(t, platform, benign ? "benign" : "ok", "-", 0, 0));
            }
        }
        rows.sort(Comparator.comparingInt((Row x) -> List.of("fault", "suspect", "benign", "ok").indexOf(x.status()))
                .thenComparing(Comparator.comparingDouble(Row::confidence).reversed()).thenComparing(Row::tunnel));
        return rows;
    }

    private static String platformOf(Diagnosis d, String tunnel) {
        for (Finding f : d.hypotheses()) if (f.tunnel().equals(tunnel)) return f.platform();
        return d.devices().isEmpty() ? "-" : d.devices().get(0).platform();
    }

    public static String render(Diagnosis d) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"TUNNEL", "PLATFORM", "STATUS", "TOP CAUSE", "CONFIDENCE"});
        for (Row r : rows(d)) {
            cells.add(new String[] {r.tunnel(), r.platform(), r.status(), r.cause() + (r.others() > 0 ? " (+" + r.others() + ")" : ""),
                    r.cause().equals("-") ? "-" : String.format("%.2f", r.confidence())});
        }
        int[] w = new int[5];
        for (String[] c : cells) for (int i = 0; i < 5; i++) w[i] = Math.max(w[i], c[i].length());
        StringBuilder out = new StringBuilder();
        for (String[] c : cells) {
            for (int i = 0; i < 5; i++) {
                out.append(i == 4 ? String.format("%" + w[i] + "s", c[i]) : String.format("%-" + w[i] + "s", c[i]));
                out.append(i < 4 ? "  " : "\n");
            }
        }
        long faults = rows(d).stream().filter(r -> r.status().equals("fault")).count();
        out.append(String.format("%d tunnel(s), %d with a root cause; (+N): further causes or hypotheses on the tunnel (--format text has them)%n",
                d.tunnels().size(), faults));
        return out.toString();
    }
}
