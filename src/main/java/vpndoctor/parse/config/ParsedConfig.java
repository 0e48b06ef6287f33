package vpndoctor.parse.config;

import java.util.List;

import vpndoctor.model.InputAccounting;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.ConfigUnparsed;

/**
 * The result of reading one config: platform, version, every fact (ConfigUnparsed included) and a
 * line count where each line is exactly one of used, ignored (not VPN-relevant) or unparsed.
 */
public final class ParsedConfig {
    private final String source;
    private final Side side;
    private final Platform platform;
    private final String version;
    private final List<Object> facts;
    private final List<ConfigUnparsed> unparsed;
    private final int lines;
    private final int used;
    private final int ignored;

    ParsedConfig(String source, Side side, Platform platform, String version, List<Object> facts,
                 List<ConfigUnparsed> unparsed, int lines, int used, int ignored) {
        this.source = source;
        this.side = side;
        this.platform = platform;
        this.version = version;
        this.facts = List.copyOf(facts);
        this.unparsed = List.copyOf(unparsed);
        this.lines = lines;
        this.used = used;
        this.ignored = ignored;
    }

    public String source() { return source; }
    public Side side() { return side; }
    public Platform platform() { return platform; }
    /** Software version from the banner ("6.3(1)", "8.4(7)", "12.4"), "" when absent. */
    public String version() { return version; }
    public List<Object> facts() { return facts; }
    public List<ConfigUnparsed> unparsed() { return unparsed; }
    public int lines() { return lines; }
    public int used() { return used; }
    public int ignored() { return ignored; }
    public int unparsedCount() { return unparsed.size(); }

    /** Facts of one type, in the order they were produced. */
    public <T> List<T> factsOf(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Adds this config's line counts to the run-wide accounting (unparsed lines become skipped lines with a reason). */
    public void accountInto(InputAccounting acc) {
        for (int i = 0; i < lines; i++) acc.line();
        for (int i = 0; i < used; i++) acc.relevant();
        for (int i = 0; i < ignored; i++) acc.irrelevant();
        for (ConfigUnparsed u : unparsed) acc.skipLine(source, u.getLine(), u.getReason());
    }

    @Override public String toString() {
        return source + " (" + side + ", " + platform.label() + (version.isEmpty() ? "" : " " + version) + "): "
                + lines + " lines, " + used + " used, " + ignored + " ignored, " + unparsed.size() + " unparsed, " + facts.size() + " facts";
    }
}
