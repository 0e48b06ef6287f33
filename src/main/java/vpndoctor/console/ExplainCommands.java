package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.Engine;
import vpndoctor.model.Origin;
import vpndoctor.model.Traceable;
import vpndoctor.report.TextReport;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/** why and whynot: the derivation of a conclusion, and what a cause that did not come out needed. */
final class ExplainCommands {
    private ExplainCommands() {}

    static List<Command> all() {
        return List.of(
                new Command("why", "[ID[@TUNNEL] | FACT]", "how a root cause / hypothesis was concluded, down to input lines",
                        "why                                     the top finding (first root cause, else top hypothesis)\n"
                                + "why ENCRYPTION_DOMAIN_MISMATCH          every finding with that ID (any tunnel)\n"
                                + "why PSK_MISMATCH@10.0.0.2               one tunnel\n"
                                + "why e12 | why Lc7                       an input fact: its lines and the conclusions resting on it\n"
                                + "The tree shows each fact, the rule that concluded it ('<- rule'), and the facts it matched.",
                        ExplainCommands::why),
                new Command("whynot", "[ID[@TUNNEL]] [--rules]", "why a cause is not a root cause: what it needed, what was missing or against it",
                        "Shows where the cause stands (absent, below 0.5, ruled out), its Against reasons, and the\n"
                                + "rules that would conclude it, marked fired / not fired in this session, with what each needs in\n"
                                + "words and whether the evidence has it ('missing: ...'). --rules shows the DRL conditions too.\n"
                                + "whynot alone: the top hypothesis that is not a root cause (else the top root cause).",
                        ExplainCommands::whyNot));
    }

    private static void why(ConsoleSession s, String args, Output o) {
        String target = args.strip();
        Diagnosis d = s.diagnosis();
        if (target.isEmpty()) {
            Finding top = top(d, false);
            target = top.id() + "@" + top.tunnel();
            o.println("(the top finding: " + target + ")");
        }
        List<Finding> found = findings(d, target);
        StringBuilder sb = new StringBuilder();
        boolean any = !found.isEmpty();
        for (Finding f : found) {
            sb.append(o.style().bold(String.format("%s @%s: %s", f.id(), f.tunnel(), standing(d, f)))).append('\n');
            sb.append("  ").append(f.summary()).append('\n');
            TextReport.tree(sb, f.explanation(), "  ", 0);
        }
        String id = target.contains("@") ? target.substring(0, target.indexOf('@')) : target;
        for (BenignFinding b : d.benign()) {
            if (!b.id().equalsIgnoreCase(id)) continue;
            sb.append(o.style().bold(b.id() + " @" + b.tunnel() + ": benign")).append('\n');
            TextReport.tree(sb, b.explanation(), "  ", 0);
            any = true;
        }
        if (!any) {
            Traceable t = s.fact(target).orElse(null);
            if (t == null) {
                if (Engine.of(s.doctor()).catalog().get(id.toUpperCase()).isPresent())
                    throw new IllegalArgumentException(id.toUpperCase() + " was not concluded" + (target.contains("@") ? " on that tunnel" : "") + ": try 'whynot " + target + "'");
                throw new IllegalArgumentException("no root cause, hypothesis or input fact named '" + target + "'");
            }
            fact(sb, d, t);
        }
        o.print(sb.toString());
    }

    /** An input fact: what it is, its lines, and the conclusions that rest on it directly. */
    private static void fact(StringBuilder sb, Diagnosis d, Traceable t) {
        sb.append(t.getId()).append("  ").append(t.getClass().getSimpleName()).append(": ").append(t.describe()).append('\n');
        sb.append("  an input fact, read from:\n");
        for (Origin or : t.getOrigins()) sb.append("    ").append(or.where()).append("  ").append(or.getText().strip()).append('\n');
        Set<String> uses = new LinkedHashSet<>();
        List<Finding> all = new ArrayList<>(d.rootCauses());
        all.addAll(d.hypotheses());
        for (Finding f : all) usedBy(f.explanation(), t.getId(), f.id() + " @" + f.tunnel(), uses);
        for (BenignFinding b : d.benign()) usedBy(b.explanation(), t.getId(), b.id() + " @" + b.tunnel(), uses);
        if (uses.isEmpty()) sb.append("  no current conclusion rests on it\n");
        else {
            sb.append("  conclusions resting on it:\n");
            for (String u : uses) sb.append("    ").append(u).append('\n');
        }
    }

    private static void usedBy(ExplanationNode n, String id, String finding, Set<String> out) {
        for (ExplanationNode.Derivation dv : n.derivedBy()) {
            for (ExplanationNode c : dv.from()) {
                if (id.equalsIgnoreCase(c.id())) out.add(n.fact() + "  <- rule \"" + dv.rule() + "\"  (in " + finding + ")");
                else usedBy(c, id, finding, out);
            }
        }
    }

    private static void whyNot(ConsoleSession s, String args, Output o) {
        List<String> words = Args.words(args);
        boolean patterns = Args.flag(words, "--rules");
        String target = String.join(" ", words);
        if (target.isEmpty()) {
            Finding top = top(s.diagnosis(), true);
            target = top.id() + "@" + top.tunnel();
            o.println("(the top finding: " + target + ")");
        }
        String id = (target.contains("@") ? target.substring(0, target.indexOf('@')) : target).toUpperCase();
        String tunnel = target.contains("@") ? target.substring(target.indexOf('@') + 1) : null;
        CauseCatalog catalog = Engine.of(s.doctor()).catalog();
        CauseCatalog.Cause cause = catalog.get(id).orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a cause ID of the catalogue"));
        Diagnosis d = s.diagnosis();
        StringBuilder sb = new StringBuilder();
        sb.append(o.style().bold(id)).append(": ").append(cause.meaning()).append('\n');
        List<Finding> found = findings(d, target);
        if (found.isEmpty()) sb.append("  no rule produced any support for ").append(id).append(tunnel == null ? "" : " on tunnel " + tunnel).append('\n');
        for (Finding f : found) {
            sb.append(String.format("  @%s: %s%n", f.tunnel(), standing(d, f)));
            if (d.rootCauses().contains(f)) sb.append("    it IS a root cause: see 'why ").append(f.id()).append('@').append(f.tunnel()).append("'\n");
            else if (refinedParents(d).contains(f)) sb.append("    proven, and a more specific root cause refines it (refinement policy): see 'why ").append(f.id()).append('@').append(f.tunnel()).append("'\n");
            else if (!f.ruledOut()) sb.append("    below the 0.5 verdict threshold\n");
            for (String sup : f.supportedBy()) sb.append("    for:     ").append(sup).append('\n');
            for (String ag : f.whyNot()) sb.append("    against: ").append(ag).append('\n');
            if (f.whyNot().isEmpty() && !d.rootCauses().contains(f) && !refinedParents(d).contains(f)) sb.append("    against: nothing; the support is too weak\n");
        }
        RuleIndex rules = new RuleIndex(Engine.of(s.doctor()).ruleFiles());
        Map<String, Integer> fired = s.live().rules().recorder().firings();
        List<RuleIndex.Entry> pro = rules.supporting(id);
        sb.append(pro.isEmpty() ? "  no rule concludes " + id + " directly\n" : "  rules that support it (what it needs):\n");
        for (RuleIndex.Entry e : pro) rule(sb, e, fired, s, patterns);
        List<RuleIndex.Entry> con = rules.against(id);
        if (!con.isEmpty()) sb.append("  rules that weigh against it:\n");
        for (RuleIndex.Entry e : con) rule(sb, e, fired, s, patterns);
        List<String> refinements = catalog.all().values().stream().filter(c -> c.refines().equals(id)).map(CauseCatalog.Cause::id).toList();
        if (!refinements.isEmpty()) sb.append("  more specific causes that satisfy it: ").append(String.join(", ", refinements)).append('\n');
        o.print(sb.toString());
    }

    private static void rule(StringBuilder sb, RuleIndex.Entry e, Map<String, Integer> fired, ConsoleSession s, boolean patterns) {
        boolean did = fired.getOrDefault(e.name(), 0) > 0;
        sb.append("    [").append(did ? "fired" : "not fired").append("] \"").append(e.name()).append("\"  ").append(e.where()).append('\n');
        if (!e.description().isEmpty()) sb.append("        ").append(e.description()).append('\n');
        if (patterns) {
            for (String c : e.conditions()) sb.append("        when ").append(c).append('\n');
            return;
        }
        for (String c : e.conditions()) {
            ConditionWords.Words w = ConditionWords.of(c, s);
            if (w != null) sb.append("        needs ").append(w.needs()).append("  -- ").append(w.standing()).append('\n');
        }
    }

    /**
     * The finding a bare why / whynot is about: the first root cause, else the top hypothesis; for
     * whynot the top hypothesis that is not a root cause comes first (the one a user asks about).
     */
    static Finding top(Diagnosis d, boolean notRoot) {
        if (notRoot) for (Finding h : d.hypotheses()) if (!h.ruledOut()) return h;
        if (!d.rootCauses().isEmpty()) return d.rootCauses().get(0);
        if (!d.hypotheses().isEmpty()) return d.hypotheses().get(0);
        throw new IllegalArgumentException("nothing was concluded yet: give an ID (whynot PSK_MISMATCH) or load evidence");
    }

    /** Root causes then hypotheses whose ID (and tunnel, after '@') match. */
    static List<Finding> findings(Diagnosis d, String target) {
        String id = target.contains("@") ? target.substring(0, target.indexOf('@')) : target;
        String tunnel = target.contains("@") ? target.substring(target.indexOf('@') + 1) : null;
        List<Finding> out = new ArrayList<>();
        List<Finding> all = new ArrayList<>(d.rootCauses());
        all.addAll(d.hypotheses());
        all.addAll(refinedParents(d));
        for (Finding f : all) if (f.id().equalsIgnoreCase(id) && (tunnel == null || f.tunnel().equals(tunnel))) out.add(f);
        return out;
    }

    /** General causes proven but not reported separately because a more specific root cause refines them. */
    private static List<Finding> refinedParents(Diagnosis d) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : d.rootCauses()) {
            for (Finding p = f.refines(); p != null; p = p.refines()) if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    static String standing(Diagnosis d, Finding f) {
        if (d.rootCauses().contains(f)) return String.format("root cause, confidence %.2f", f.confidence());
        for (Finding r : d.rootCauses()) {
            for (Finding p = r.refines(); p != null; p = p.refines()) {
                if (p.equals(f)) return String.format("proven (confidence %.2f) but refined by %s: not a separate root cause", f.confidence(), r.id());
            }
        }
        return f.ruledOut() ? "ruled out" : String.format("hypothesis, confidence %.2f", f.confidence());
    }
}
