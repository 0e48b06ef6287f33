package vpndoctor.report;

import java.util.List;
import vpndoctor.model.Skipped;
import vpndoctor.result.Advice;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;
import vpndoctor.result.Unrecognized;

/** The report for a person at a terminal: the verdict first, then evidence with file:line, then the fix. */
public final class TextReport {
    private static final int MAX_EVIDENCE = 8;
    private static final int MAX_CONTEXT = 4;
    private final Style style;
    private final boolean fullTrees;
    private SourceNames names;

    public TextReport(Style style, boolean fullTrees) {
        this.style = style;
        this.fullTrees = fullTrees;
    }

    public String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        names = SourceNames.of(d);
        int n = d.rootCauses().size();
        out.append(style.bold("vpn-doctor: " + (n == 0 ? "no root cause found" : n + " root cause" + (n > 1 ? "s" : "")))
                + " across " + d.tunnels().size() + " tunnel(s)\n");
        if (n == 0 && d.hypotheses().isEmpty()) {
            // next commands without any hypothesis come from messages no rule can weigh (a fault the device
            // reported that vpn-doctor has no rule for, a person's observation): not "nothing points at a fault"
            if (!d.recommendations().isEmpty()) out.append("  no fault vpn-doctor can weigh; the next commands below say where to look\n");
            // an empty capture is not a clean bill: say there was nothing to weigh (its exit code stays 0)
            else if (d.input().lines() == 0 && d.input().configLines() == 0 && d.benign().isEmpty())
                out.append("  no evidence was read: no log line, no config line").append(d.input().skipped().isEmpty() ? "" : " (skipped inputs below)").append("\n");
            else out.append("  nothing in the evidence points at a fault").append(d.benign().isEmpty() ? "" : " (only normal messages, listed below)").append("\n");
        }
        if (n == 0) {
            String compared = compared(d);
            if (!compared.isEmpty()) out.append("  ").append(compared).append('\n');
        }
        if (!d.devices().isEmpty()) {
            out.append("  devices: ");
            out.append(String.join(", ", d.devices().stream().map(v -> v.side() + " " + v.label()).toList())).append('\n');
        }
        if (!names.folder().isEmpty()) out.append("  files in ").append(names.folder()).append('\n');
        out.append('\n');
        int i = 1;
        for (Finding f : d.rootCauses()) finding(out, i++ + ".", f, true);
        if (!d.hypotheses().isEmpty()) {
            out.append(style.bold("Other hypotheses")).append(" (below the 0.5 verdict threshold, or ruled out)\n");
            for (Finding f : d.hypotheses()) finding(out, "-", f, false);
            out.append('\n');
        }
        if (!d.benign().isEmpty()) {
            out.append(style.bold("Benign (normal, not a fault)")).append('\n');
            for (BenignFinding b : d.benign()) {
                out.append("  ").append(style.green(b.id())).append("  tunnel ").append(b.tunnel()).append(": ").append(b.summary()).append('\n');
                for (EvidenceLine e : first(b.evidence(), 2)) out.append("      ").append(style.dim(names.where(e))).append("  ").append(e.text().strip()).append('\n');
            }
            out.append('\n');
        }
        if (!d.recommendations().isEmpty()) {
            out.append(style.bold("Next commands")).append('\n');
            for (Advice a : d.recommendations()) out.append("  ").append(a.command()).append(style.dim("   # " + a.tunnel() + ": " + a.why())).append('\n');
            out.append('\n');
        }
        for (String note : d.notes()) out.append("note: ").append(note).append('\n');
        for (String err : d.ruleErrors()) out.append(style.red("rule error: ")).append(err).append('\n');
        input(out, d);
        return out.toString();
    }

    private void finding(StringBuilder out, String bullet, Finding f, boolean verdict) {
        String head = String.format("%s %s  tunnel %s  confidence %.2f  [%s]", bullet, f.id(), f.tunnel(), f.confidence(), f.platform());
        out.append(verdict ? style.red(head) : "  " + (f.ruledOut() ? style.dim(head + "  ruled out") : style.yellow(head))).append('\n');
        String pad = verdict ? "   " : "      ";
        out.append(pad).append(f.summary()).append('\n');
        for (Finding p = f.refines(); p != null; p = p.refines()) {
            out.append(pad).append(String.format("refines %s (proven here too, confidence %.2f; not a separate root cause): %s",
                    p.id(), p.confidence(), p.summary())).append('\n');
        }
        if (verdict || fullTrees) {
            out.append(pad).append(style.bold("Evidence")).append('\n');
            List<EvidenceLine> decisive = f.decisiveEvidence();
            List<EvidenceLine> context = f.evidence().stream().filter(e -> !decisive.contains(e)).toList();
            for (EvidenceLine e : first(decisive, MAX_EVIDENCE)) line(out, pad + "  ", e);
            int left = Math.max(0, decisive.size() - MAX_EVIDENCE);
            if (!context.isEmpty()) {
                out.append(pad).append("  ").append(style.dim("context:")).append('\n');
                for (EvidenceLine e : first(context, MAX_CONTEXT)) line(out, pad + "    ", e);
                left += Math.max(0, context.size() - MAX_CONTEXT);
            }
            if (left > 0) out.append(pad).append("  ... ").append(left).append(" more lines (--format json has all)\n");
            out.append(pad).append(style.bold("Why")).append('\n');
            for (String s : f.supportedBy()) out.append(pad).append("  ").append(s).append('\n');
            for (String s : f.whyNot()) out.append(pad).append("  ").append(s).append('\n');
            for (Finding p = f.refines(); p != null; p = p.refines()) {
                for (String s : p.supportedBy()) out.append(pad).append("  ").append(p.id()).append(": ").append(s).append('\n');
            }
            if (fullTrees) {
                tree(out, f.explanation(), pad + "  ", 0);
                for (Finding p = f.refines(); p != null; p = p.refines()) tree(out, p.explanation(), pad + "  ", 0);
            }
        } else {
            for (String s : f.supportedBy()) out.append(pad).append(s).append('\n');
            for (String s : f.whyNot()) out.append(pad).append(s).append('\n');
        }
        if (verdict && !f.remediation().isEmpty()) {
            out.append(pad).append(style.bold("Fix")).append(f.change() == null ? "" : fixFor(f.change())).append('\n');
            for (String c : f.remediation()) out.append(pad).append("  ").append(c).append('\n');
        }
        if (!f.nextCommands().isEmpty()) {
            out.append(pad).append(verdict ? style.bold("To confirm") : "to confirm:").append('\n');
            for (String c : f.nextCommands()) out.append(pad).append("  ").append(c).append('\n');
        }
        out.append('\n');
    }

    /**
     * What a config-pair diagnosis compared, so "no root cause" is not read as "nothing was checked":
     * "compared the configs of local asa-hq (ASA) and peer rtr-br (IOS) for 1 tunnel(s) (203.0.113.2): ...".
     */
    static String compared(Diagnosis d) {
        if (d.input() == null || d.input().configLines() == 0) return "";
        String who = String.join(" and ", d.devices().stream().map(v -> v.side() + " " + v.label()).toList());
        String what = d.devices().size() >= 2
                ? "crypto map entries that name each other, transform sets, ISAKMP policies, pre-shared keys, crypto ACLs (mirror images), PFS"
                : "the crypto map entries, their crypto ACLs, keys and interfaces";
        return "compared " + (d.devices().size() >= 2 ? "the configs of " : "the config of ") + (who.isEmpty() ? "the devices" : who)
                + " for " + d.tunnels().size() + " tunnel(s)" + (d.tunnels().isEmpty() ? " (no crypto map entry of one names the other)" : " (" + String.join(", ", first(d.tunnels(), 5)) + ")")
                + ": " + what;
    }

    /** " on the peer rtr-br (IOS): why", " (either side: ...)" */
    static String fixFor(vpndoctor.result.Change c) {
        if ("either".equals(c.side())) {
            String dev = (c.hostname() == null || c.hostname().isEmpty() ? "our device" : "our device " + c.hostname())
                    + (c.platform() == null || c.platform().isEmpty() ? "" : " (" + c.platform() + ")");
            return " (either side: " + c.reason() + "; shown for " + dev + ")" + ftdNote(c);
        }
        return " on " + c.describe() + (c.reason() == null || c.reason().isEmpty() ? "" : ": " + c.reason()) + ftdNote(c);
    }

    /** An FTD is configured by its manager, not at its CLI: the Fix is the ASA configuration the manager must deploy. */
    private static String ftdNote(vpndoctor.result.Change c) {
        return "FTD".equals(c.platform()) ? "; on the FTD its manager deploys the configuration lines (FMC or FDM: the VPN policy, or FlexConfig), its CLI only shows" : "";
    }

    private void line(StringBuilder out, String indent, EvidenceLine e) {
        out.append(indent).append(names.where(e)).append("  ").append(e.text().strip()).append('\n');
    }

    /** The explanation as an indented tree: facts, the rules that concluded them, down to input lines. */
    public static void tree(StringBuilder out, ExplanationNode node, String indent, int depth) {
        if (node.isInput()) {
            for (EvidenceLine e : node.evidence()) out.append(indent).append(e.where()).append("  ").append(e.text().strip()).append('\n');
            if (node.evidence().isEmpty()) out.append(indent).append(node.fact()).append('\n');
            return;
        }
        out.append(indent).append(node.fact()).append('\n');
        for (ExplanationNode.Derivation d : node.derivedBy()) {
            out.append(indent).append("  <- rule \"").append(d.rule()).append("\"");
            if (!d.description().isEmpty()) out.append(": ").append(d.description());
            out.append('\n');
            for (ExplanationNode c : d.from()) tree(out, c, indent + "     ", depth + 1);
        }
    }

    private void input(StringBuilder out, Diagnosis d) {
        InputSummary in = d.input();
        out.append(style.dim(String.format("input: %d lines read, %d relevant, %d unrecognized, %d skipped; %d config lines (%d not understood)",
                in.lines(), in.relevant(), in.unrecognized(), in.skippedLines(), in.configLines(), in.configUnparsed()))).append('\n');
        for (Skipped s : first(in.skipped(), 20)) out.append("  skipped ").append(s).append('\n');
        if (!d.unrecognized().isEmpty()) {
            out.append(style.dim("unrecognized VPN-looking lines (a rule author may want them):")).append('\n');
            for (Unrecognized u : first(d.unrecognized(), 10)) out.append("  ").append(names.shorten(u.source())).append(':').append(u.line()).append("  ").append(u.text().strip()).append('\n');
            if (d.unrecognized().size() > 10) out.append("  ... ").append(d.unrecognized().size() - 10).append(" more\n");
        }
    }

    private static <T> List<T> first(List<T> l, int n) {
        return l.size() <= n ? l : l.subList(0, n);
    }
}
