package vpndoctor.report;

/** Node colours shared by the DOT, Mermaid and HTML pictures, so they read the same. */
final class Palette {
    private Palette() {}

    static String fill(ExplanationGraph.Node n) { return n.ruledOut() ? "#eeeeee" : fill(n.kind()); }

    static String fill(ExplanationGraph.Kind k) {
        return switch (k) {
            case INPUT -> "#e8f0fe";
            case SYMPTOM -> "#fff4d6";
            case DERIVED -> "#f1f3f4";
            case SUPPORT -> "#e6f4ea";
            case AGAINST -> "#fce8e6";
            case HYPOTHESIS -> "#fef7e0";
            case ROOT_CAUSE -> "#f9d0cc";
        };
    }
}
