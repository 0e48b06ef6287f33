package vpndoctor.report;

import java.util.Set;
import vpndoctor.result.Diagnosis;

/** The report formats and one switch to render them. */
public final class Formats {
    public enum Format { TEXT, JSON, JSONL, DOT, MERMAID, HTML, SARIF }

    private Formats() {}

    /** Every format but SARIF, which needs to know which inputs are configs. */
    public static String render(Diagnosis d, Format format, boolean color, boolean fullTrees) {
        if (format == Format.SARIF) throw new IllegalArgumentException("sarif needs the config inputs: `vpn-doctor diagnose --format sarif`");
        return render(d, format, color, fullTrees, Set.of());
    }

    /** configSources: the names of the config inputs (SARIF locates findings on their lines). */
    public static String render(Diagnosis d, Format format, boolean color, boolean fullTrees, Set<String> configSources) {
        return switch (format) {
            case TEXT -> new TextReport(new Style(color), fullTrees).render(d);
            case JSON -> JsonReport.render(d);
            case JSONL -> JsonLinesReport.render(d);
            case DOT -> DotReport.render(d);
            case MERMAID -> MermaidReport.render(d);
            case HTML -> HtmlReport.render(d);
            case SARIF -> SarifReport.render(d, configSources);
        };
    }
}
