package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/** The conclusions of a diagnosis in a form that can be compared: cause@tunnel -> standing. */
public record Verdict(Map<String, Standing> findings) {
    /** Where one cause stands on one tunnel. */
    public record Standing(double confidence, boolean root, boolean ruledOut) {
        String describe() {
            if (root) return String.format("root cause %.2f", confidence);
            return ruledOut ? "ruled out" : String.format("hypothesis %.2f", confidence);
        }
    }

    public static Verdict of(Diagnosis d) {
        Map<String, Standing> m = new LinkedHashMap<>();
        for (Finding f : d.rootCauses()) m.put(f.id() + "@" + f.tunnel(), new Standing(f.confidence(), true, false));
        for (Finding f : d.hypotheses()) m.putIfAbsent(f.id() + "@" + f.tunnel(), new Standing(f.confidence(), false, f.ruledOut()));
        return new Verdict(Map.copyOf(m));
    }

    /**
     * What changed from {@code before} to this verdict, one line each: "gained root cause",
     * "lost root cause", "changed root cause", and "new/gone/changed hypothesis". Empty when equal.
     */
    public List<String> changesSince(Verdict before) {
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.findings.keySet());
        keys.addAll(findings.keySet());
        for (String k : keys) {
            Standing b = before.findings.get(k);
            Standing a = findings.get(k);
            String was = b == null ? "absent" : b.describe();
            String now = a == null ? "gone" : a.describe();
            String name = k.replace("@", " @");
            if (b != null && b.root && (a == null || !a.root)) out.add("lost root cause    " + name + "  (" + was + " -> " + now + ")");
            else if (a != null && a.root && (b == null || !b.root)) out.add("gained root cause  " + name + "  (" + was + " -> " + now + ")");
            else if (a != null && b != null && !a.equals(b)) out.add((a.root ? "changed root cause " : "changed hypothesis ") + name + "  (" + was + " -> " + now + ")");
            else if (a == null) out.add("gone hypothesis    " + name + "  (" + was + ")");
            else if (b == null) out.add("new hypothesis     " + name + "  (" + now + ")");
        }
        return out;
    }
}
