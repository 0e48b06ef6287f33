package vpndoctor.report;

import vpndoctor.result.Diagnosis;

/** The report formats and one switch to render them. */
public final class Formats {
    public enum Format { TEXT, JSON, JSONL, DOT, MERMAID, HTML, SARIF, TABLE }

    private Formats() {}

    public static String render(Diagnosis d, Format format, boolean color, boolean fullTrees) {
        return switch (format) {
            case TEXT -> new TextReport(new Style(color), fullTrees).render(d);
            case JSON -> JsonReport.render(d);
            case JSONL -> JsonLinesReport.render(d);
            case DOT -> DotReport.render(d);
            case MERMAID -> MermaidReport.render(d);
            case HTML -> HtmlReport.render(d);
            case SARIF -> SarifReport.render(d);
            case TABLE -> TableReport.render(d);
        };
    }
}
