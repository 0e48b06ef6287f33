package vpndoctor.report;

import java.util.List;
import java.util.regex.Pattern;
import vpndoctor.model.Skipped;
import vpndoctor.result.Advice;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;
import vpndoctor.result.Unrecognized;

/**
 * One self-contained HTML page: the verdict, the evidence lines (log and config lines marked
 * apart), why, the fix, the next commands and the explanation graph as inline SVG. No script, no
 * external resource; every piece of input text is escaped (a log line may hold anything).
 */
public final class HtmlReport {
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b");
    private static final Pattern CONFIG_FACT = Pattern.compile("[LP]c\\d+");

    private HtmlReport() {}

    public static String render(Diagnosis d) {
        return render(d, java.time.Instant.now());
    }

    /** The page, stamped with the time of the run (the report is made right after the diagnosis). */
    public static String render(Diagnosis d, java.time.Instant madeAt) {
        SourceNames names = SourceNames.of(d);
        StringBuilder h = new StringBuilder(16_384);
        int n = d.rootCauses().size();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>vpn-doctor: ").append(n == 0 ? "no root cause" : Html.esc(String.join(", ", d.rootCauseIds()))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>vpn-doctor</h1><p class=\"headline\">")
                .append(n == 0 ? "No root cause found" : n + " root cause" + (n > 1 ? "s" : ""))
                .append(" across ").append(d.tunnels().size()).append(" tunnel(s)</p>\n");
        meta(h, d, madeAt, names);
        h.append("</header>\n<main>\n");
        if (n == 0) h.append("<p class=\"calm\">Nothing in the evidence points at a fault").append(d.benign().isEmpty() ? "." : " (only normal messages, listed below).").append("</p>\n");
        if (n == 0 && !TextReport.compared(d).isEmpty()) h.append("<p class=\"calm\">").append(Html.esc(TextReport.compared(d))).append("</p>\n");
        for (Finding f : d.rootCauses()) finding(h, f, true, names);
        if (!d.hypotheses().isEmpty()) {
            h.append("<section><h2>Other hypotheses</h2><p class=\"note\">below the 0.5 verdict threshold, or ruled out (grey)</p>\n");
            for (Finding f : d.hypotheses()) finding(h, f, false, names);
            h.append("</section>\n");
        }
        if (!d.benign().isEmpty()) {
            h.append("<section><h2>Benign (normal, not a fault)</h2>\n<ul class=\"benign\">\n");
            for (BenignFinding b : d.benign()) {
                h.append("<li><b>").append(Html.esc(b.id())).append("</b> tunnel ").append(Html.esc(b.tunnel())).append(": ").append(Html.esc(b.summary()));
                lines(h, b.evidence().subList(0, Math.min(2, b.evidence().size())), names);
                h.append("</li>\n");
            }
            h.append("</ul></section>\n");
        }
        if (!d.recommendations().isEmpty()) {
            h.append("<section><h2>Next commands</h2>\n<table class=\"cmds\">\n");
            for (Advice a : d.recommendations()) {
                h.append("<tr><td><code>").append(Html.esc(a.command())).append("</code></td><td>").append(Html.esc(a.tunnel()))
                        .append(": ").append(Html.esc(a.why())).append("</td></tr>\n");
            }
            h.append("</table></section>\n");
        }
        ExplanationGraph g = ExplanationGraph.of(d);
        if (!g.nodes().isEmpty()) {
            h.append("<section><h2>Explanation graph</h2>\n<p class=\"legend\">")
                    .append("<span class=\"k input\">input line</span> <span class=\"k symptom\">symptom</span> <span class=\"k derived\">derived config fact</span> ")
                    .append("<span class=\"k support\">support</span> <span class=\"k against\">against</span> <span class=\"k hypothesis\">hypothesis</span> ")
                    .append("<span class=\"k root_cause\">root cause</span> <span class=\"k out\">ruled out</span> &mdash; hover a box or an arrow for the full text and the rule</p>\n")
                    .append("<div class=\"graphwrap\">\n").append(SvgGraph.render(g)).append("</div></section>\n");
        }
        input(h, d);
        h.append("</main>\n<footer>vpn-doctor report: self-contained, no scripts, no network.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Who and what: the devices, the time of the run, the tool and rule-set version, the case folder. */
    private static void meta(StringBuilder h, Diagnosis d, java.time.Instant madeAt, SourceNames names) {
        h.append("<dl class=\"meta\">");
        if (!d.devices().isEmpty()) {
            h.append("<dt>devices</dt><dd>");
            for (int i = 0; i < d.devices().size(); i++) {
                var v = d.devices().get(i);
                h.append(i == 0 ? "" : ", ").append(v.side().equals("local") ? "ours " : "peer ").append("<b class=\"host\">")
                        .append(Html.esc(v.hostname().isEmpty() ? names.shorten(v.source()) : v.hostname())).append("</b> (")
                        .append(Html.esc(v.platform() + (v.version() == null || v.version().isEmpty() ? "" : " " + v.version()))).append(")");
            }
            h.append("</dd>");
        }
        h.append("<dt>run</dt><dd>").append(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(madeAt)).append("</dd>");
        if (d.tool() != null) {
            h.append("<dt>tool</dt><dd>").append(Html.esc(d.tool().name() + " " + d.tool().version()))
                    .append(d.tool().ruleSet() == null || d.tool().ruleSet().isEmpty() ? "" : ", rule set " + Html.esc(d.tool().ruleSet())).append("</dd>");
        }
        if (!names.folder().isEmpty()) h.append("<dt>files in</dt><dd><code>").append(Html.esc(names.folder())).append("</code></dd>");
        h.append("</dl>\n");
    }

    /** The rules of a finding's explanation, in the order they concluded, each once: name and description. */
    static java.util.Map<String, String> rules(vpndoctor.result.ExplanationNode n, java.util.Map<String, String> out) {
        if (n == null) return out;
        for (vpndoctor.result.ExplanationNode.Derivation d : n.derivedBy()) {
            out.putIfAbsent(d.rule(), d.description() == null ? "" : d.description());
            for (vpndoctor.result.ExplanationNode c : d.from()) rules(c, out);
        }
        return out;
    }

    private static void finding(StringBuilder h, Finding f, boolean verdict, SourceNames names) {
        String cls = verdict ? "finding root" : f.ruledOut() ? "finding out" : "finding hyp";
        int pct = (int) Math.round(Math.max(0, Math.min(1, f.confidence())) * 100);
        h.append("<article class=\"").append(cls).append("\">\n<h3><span class=\"id\">").append(Html.esc(f.id())).append("</span> <span class=\"tunnel\">tunnel ")
                .append(Html.esc(f.tunnel())).append("</span> <span class=\"conf\">").append(f.ruledOut() ? "ruled out" : String.format("confidence %.2f", f.confidence()))
                .append("</span> <span class=\"platform\">").append(Html.esc(f.platform())).append("</span></h3>\n")
                .append("<div class=\"bar\"><span style=\"width:").append(pct).append("%\"></span></div>\n")
                .append("<p>").append(Html.esc(f.summary())).append("</p>\n");
        for (Finding p = f.refines(); p != null; p = p.refines()) {
            h.append("<p class=\"refines\">refines <span class=\"id\">").append(Html.esc(p.id())).append("</span> ")
                    .append(String.format("(proven here too, confidence %.2f; not a separate root cause): ", p.confidence()))
                    .append(Html.esc(p.summary())).append("</p>\n");
        }
        if (!f.evidence().isEmpty()) {
            h.append(verdict ? "<h4>Evidence</h4>" : "<details><summary>Evidence (" + f.evidence().size() + (f.evidence().size() == 1 ? " line" : " lines") + ")</summary>");
            lines(h, f.evidence(), names);
            if (!verdict) h.append("</details>");
            h.append('\n');
        }
        if (!f.supportedBy().isEmpty() || !f.whyNot().isEmpty()) {
            h.append("<h4>Why</h4><ul class=\"why\">");
            for (String s : f.supportedBy()) h.append("<li class=\"for\">").append(mark(s)).append("</li>");
            for (String s : f.whyNot()) h.append("<li class=\"against\">").append(mark(s)).append("</li>");
            h.append("</ul>\n");
        }
        if (verdict && !f.remediation().isEmpty()) h.append("<h4>Fix").append(f.change() == null ? "" : Html.esc(TextReport.fixFor(f.change()))).append("</h4><pre class=\"fix\">").append(Html.esc(String.join("\n", f.remediation()))).append("</pre>\n");
        if (!f.nextCommands().isEmpty()) h.append("<h4>To confirm</h4><pre class=\"next\">").append(Html.esc(String.join("\n", f.nextCommands()))).append("</pre>\n");
        java.util.Map<String, String> rules = rules(f.explanation(), new java.util.LinkedHashMap<>());
        if (!rules.isEmpty()) {
            // the rule chain, visible and printable (the graph shows it only on hover)
            h.append(verdict ? "<h4>Rules</h4>" : "<details><summary>Rules (" + rules.size() + ")</summary>").append("<ol class=\"rules\">");
            rules.forEach((name, desc) -> h.append("<li><span class=\"rule\">").append(Html.esc(name)).append("</span>")
                    .append(desc.isEmpty() ? "" : ": <span class=\"desc\">" + Html.esc(desc) + "</span>").append("</li>"));
            h.append("</ol>").append(verdict ? "" : "</details>").append('\n');
        }
        h.append("</article>\n");
    }

    private static void lines(StringBuilder h, List<EvidenceLine> lines, SourceNames names) {
        h.append("<table class=\"evidence\">");
        boolean contextShown = false;
        for (EvidenceLine e : lines) {
            if (e.isContext() && !contextShown) {
                h.append("<tr class=\"sep\"><td colspan=\"3\">context</td></tr>");
                contextShown = true;
            }
            boolean config = e.source().endsWith(".cfg") || (e.factId() != null && CONFIG_FACT.matcher(e.factId()).matches());
            h.append("<tr class=\"").append(config ? "config" : "log").append(e.isContext() ? " context" : "").append("\"><td class=\"kind\">").append(config ? "config" : "log")
                    .append("</td><td class=\"where\">").append(Html.esc(names.where(e))).append("</td><td class=\"line\"><code>")
                    .append(mark(e.text().strip())).append("</code></td></tr>");
        }
        h.append("</table>");
    }

    /** Escapes, then emphasises addresses (the escaped text has no markup, so the pattern cannot split a tag). */
    private static String mark(String s) {
        return IPV4.matcher(Html.esc(s)).replaceAll("<b class=\"ip\">$0</b>");
    }

    private static void input(StringBuilder h, Diagnosis d) {
        InputSummary in = d.input();
        h.append("<section class=\"input\"><h2>Input</h2><p>").append(String.format("%d lines read, %d relevant, %d unrecognized, %d skipped; %d config lines (%d not understood)",
                in.lines(), in.relevant(), in.unrecognized(), in.skippedLines(), in.configLines(), in.configUnparsed())).append("</p>\n<ul>");
        for (String s : in.sources()) h.append("<li><code>").append(Html.esc(s)).append("</code></li>");
        h.append("</ul>\n");
        for (String note : d.notes()) h.append("<p class=\"note\">note: ").append(Html.esc(note)).append("</p>\n");
        for (String err : d.ruleErrors()) h.append("<p class=\"error\">rule error: ").append(Html.esc(err)).append("</p>\n");
        if (!in.skipped().isEmpty()) {
            h.append("<details><summary>Skipped (").append(in.skipped().size()).append(")</summary><ul>");
            for (Skipped s : in.skipped()) h.append("<li>").append(Html.esc(s.toString())).append("</li>");
            h.append("</ul></details>\n");
        }
        if (!d.unrecognized().isEmpty()) {
            h.append("<details><summary>Unrecognized VPN-looking lines (").append(d.unrecognized().size()).append(")</summary><table class=\"evidence\">");
            for (Unrecognized u : d.unrecognized()) {
                h.append("<tr class=\"log\"><td class=\"where\">").append(Html.esc(SourceNames.of(d).shorten(u.source()) + ":" + u.line())).append("</td><td class=\"line\"><code>")
                        .append(Html.esc(u.text().strip())).append("</code></td></tr>");
            }
            h.append("</table></details>\n");
        }
        h.append("</section>\n");
    }

    private static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #202124; background: #fafafa; }
            header { background: #263238; color: #fff; padding: 14px 24px; }
            header h1 { margin: 0; font-size: 20px; } .headline { margin: 4px 0 0; font-size: 16px; }
            main { padding: 8px 24px 24px; max-width: 1200px; }
            h2 { font-size: 17px; margin: 22px 0 8px; } h3 { font-size: 15px; margin: 0 0 6px; } h4 { font-size: 13px; margin: 10px 0 4px; color: #444; }
            .finding { background: #fff; border: 1px solid #ddd; border-left: 6px solid #d93025; border-radius: 6px; padding: 10px 14px; margin: 12px 0; }
            .finding.hyp { border-left-color: #f9ab00; } .finding.out { border-left-color: #bbb; color: #888; background: #f3f3f3; }
            .id { font-family: ui-monospace, Menlo, Consolas, monospace; } .tunnel, .platform { color: #555; font-weight: normal; } .conf { float: right; font-weight: normal; }
            .bar { height: 6px; background: #eee; border-radius: 3px; margin: 4px 0 8px; } .bar span { display: block; height: 6px; background: #d93025; border-radius: 3px; }
            .hyp .bar span { background: #f9ab00; } .out .bar span { background: #bbb; }
            table.evidence { border-collapse: collapse; width: 100%; font-size: 12.5px; }
            table.evidence td { padding: 2px 6px; vertical-align: top; } td.where { white-space: nowrap; color: #555; } td.kind { font-size: 11px; color: #fff; text-align: center; border-radius: 3px; }
            tr.log td.line { background: #e8f0fe; } tr.config td.line { background: #e6f4ea; } tr.log td.kind { background: #1a73e8; } tr.config td.kind { background: #188038; }
            code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; } td.line code { white-space: pre-wrap; word-break: break-all; }
            b.ip { color: #a50e0e; } ul.why li.against { color: #a50e0e; } pre.fix { background: #fef7e0; padding: 8px; border-radius: 4px; } pre.next { background: #f1f3f4; padding: 8px; border-radius: 4px; }
            table.cmds td { padding: 2px 10px 2px 0; vertical-align: top; } .note { color: #555; } .error { color: #a50e0e; }
            .graphwrap { overflow: auto; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px; }
            svg.graph text { font: 11px ui-monospace, Menlo, Consolas, monospace; fill: #202124; } svg.graph rect { stroke: #777; stroke-width: 1; }
            svg.graph .out rect { stroke-dasharray: 4 3; stroke: #aaa; } svg.graph .out text { fill: #888; }
            svg.graph path.edge { fill: none; stroke: #888; stroke-width: 1.2; } svg.graph path.edge.out { stroke: #ccc; stroke-dasharray: 4 3; }
            .legend .k { display: inline-block; padding: 1px 6px; border: 1px solid #999; border-radius: 4px; font-size: 12px; }
            .k.input { background: #e8f0fe; } .k.symptom { background: #fff4d6; } .k.derived { background: #f1f3f4; } .k.support { background: #e6f4ea; }
            .k.against { background: #fce8e6; } .k.hypothesis { background: #fef7e0; } .k.root_cause { background: #f9d0cc; } .k.out { background: #eee; color: #888; border-style: dashed; }
            footer { color: #777; font-size: 12px; padding: 12px 24px; }
            dl.meta { margin: 6px 0 0; font-size: 12.5px; color: #cfd8dc; } dl.meta dt { display: inline; } dl.meta dt::after { content: ": "; }
            dl.meta dd { display: inline; margin: 0 16px 0 0; color: #fff; } b.host { font-family: ui-monospace, Menlo, Consolas, monospace; }
            tr.context td { opacity: 0.75; } tr.sep td { font-size: 11px; color: #777; padding-top: 6px; text-transform: uppercase; letter-spacing: .05em; }
            ol.rules { margin: 2px 0; padding-left: 22px; font-size: 12.5px; } span.rule { font-weight: 600; } span.desc { color: #555; }
            @media print {
              body { background: #fff; font-size: 11px; } main { max-width: none; padding: 0 6mm; }
              header { background: none; color: #000; border-bottom: 2px solid #000; padding: 4px 6mm; }
              dl.meta, dl.meta dd { color: #000; }
              .finding { border-color: #999; } pre.fix, ul.why li, ol.rules li, table.evidence tr, .bar { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
              .graphwrap { overflow: visible; border: none; } svg.graph { max-width: 100%; height: auto; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              details::details-content { content-visibility: visible; display: contents; }
              footer { display: none; }
            }
            """;
}
