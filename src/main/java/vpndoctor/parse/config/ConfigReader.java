package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.model.config.DeviceInfo;

/**
 * Reads a PIX 6 / ASA / IOS configuration ("show running-config", "write terminal") into facts.
 * Batfish-style: a line that cannot be understood becomes a ConfigUnparsed fact with a reason and
 * reading goes on; only an I/O failure of the reader is thrown.
 */
public final class ConfigReader {
    /** First words of lines that matter for VPN diagnosis: when no topic understands them, they are reported, not ignored. */
    private static final Set<String> RELEVANT = Set.of("crypto", "isakmp", "access-list", "nat", "static", "global",
            "object-group", "object", "tunnel-group", "route", "name", "nameif");

    private ConfigReader() {}

    /** Whether a fact id (e.g. an evidence line's factId) names a fact read from a config line. */
    public static boolean isConfigFactId(String factId) { return ParseState.isConfigFactId(factId); }

    public static ParsedConfig read(String sourceName, Side side, Reader reader) throws IOException {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> raws = new ArrayList<>();
        for (String raw; (raw = br.readLine()) != null; ) raws.add(raw);
        return read(sourceName, side, raws, null, "", false);
    }

    /**
     * A config pasted inside another file (a log's 'show running-config' section): its lines with their
     * numbers in that file, so every fact points at the line as written there.
     *
     * @param numbers each line's number in sourceName, ascending
     * @param host the device the paste's prompt named, its hostname when the lines name none
     * @param excerpt the paste shows a part of the config only ({@link DeviceInfo#isExcerpt})
     */
    public static ParsedConfig readSection(String sourceName, Side side, List<String> lines, int[] numbers, String host, boolean excerpt) {
        return readSection(sourceName, side, lines, numbers, host, excerpt, null);
    }

    /**
     * As {@link #readSection(String, Side, List, int[], String, boolean)}, for a paste whose prompt shows the platform:
     * the FTD CLI's bare prompt makes an ASA-dialect config the FTD's (its lines alone cannot tell the two apart).
     */
    public static ParsedConfig readSection(String sourceName, Side side, List<String> lines, int[] numbers, String host, boolean excerpt,
            vpndoctor.model.Platform prompt) {
        return read(sourceName, side, new ArrayList<>(lines), numbers, host, excerpt, prompt);
    }

    private static ParsedConfig read(String sourceName, Side side, List<String> raws, int[] numbers, String host, boolean excerpt) {
        return read(sourceName, side, raws, numbers, host, excerpt, null);
    }

    private static ParsedConfig read(String sourceName, Side side, List<String> raws, int[] numbers, String host, boolean excerpt,
            vpndoctor.model.Platform prompt) {
        List<ConfigLine> lines = new ArrayList<>();
        String promptHost = host;
        if (CliTranscript.isTranscript(raws)) {
            promptHost = CliTranscript.promptHost(raws);
            raws = CliTranscript.toConfig(raws); // in place: line numbers kept
        }
        int no = 0;
        for (int i = 0; i < raws.size(); i++) {
            // Masked at once: the clear line (and any key in it) goes no further than this loop.
            String line = Abbreviations.expand(vpndoctor.parse.PastedSpaces.plain(raws.get(i)).stripTrailing()); // a web page's NBSP is a space
            raws.set(i, null);
            ++no;
            lines.add(new ConfigLine(sourceName, numbers == null ? no : numbers[i], ConfigSecrets.mask(line)));
        }
        lines = FlatPaste.reindent(lines); // before the platform is told: it reads sub-lines too
        ConfigPlatformDetector.Result detected = ConfigPlatformDetector.detect(lines);
        // told by its keywords only (no "ASA Version" line): the ASA dialect an FTD speaks too
        if (prompt == vpndoctor.model.Platform.FTD && detected.versionLine() == 0
                && (detected.platform() == vpndoctor.model.Platform.ASA || detected.platform() == vpndoctor.model.Platform.UNKNOWN)) {
            detected = new ConfigPlatformDetector.Result(vpndoctor.model.Platform.FTD, detected.version(), detected.versionLine());
        }
        ParseState st = new ParseState(sourceName, side, detected.platform(), detected.version());
        SystemLines system = new SystemLines();
        // Order of finish() matters: groups before ACLs that expand them, ACLs before NAT rules that read them.
        List<TopicParser> topics = List.of(system, new ObjectGroupLines(), new AclLines(), new NatLines(),
                new InterfaceLines(), new Ikev2IosLines(), new IsakmpProfileLines(), new IsakmpLines(), new TunnelGroupLines(), new TransformSetLines(), new IpsecProfileLines(),
                new CryptoMapLines(), new KeyringLines(), new IgnoredCryptoLines());
        for (Block b : blocks(lines, st)) dispatch(b, topics, st);
        // finish() judges each line it resolves under st.guard; anything thrown out of it is a parser bug and is not caught
        for (TopicParser t : topics) t.finish(st);
        if (system.hostname.isEmpty()) system.hostname = promptHost; // a typed session names its device in the prompt only
        st.add(deviceInfo(st, system, detected, lines, excerpt));
        return result(st, lines);
    }

    /** Groups indented sub-lines under the top-level line before them; comments and blank lines stand alone. */
    private static List<Block> blocks(List<ConfigLine> lines, ParseState st) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (ConfigLine l : lines) {
            if (l.isComment() || l.is(0, "exit") || l.is(0, "end")) { st.ignored(l); if (!l.indented) current = null; continue; }
            if (l.indented && current != null) { current.children.add(l); continue; }
            current = new Block(l);
            blocks.add(current);
        }
        return blocks;
    }

    private static void dispatch(Block b, List<TopicParser> topics, ParseState st) {
        for (TopicParser t : topics) {
            // a block a topic does not understand comes back as NotUnderstood (its reason kept); a bug is not caught
            boolean[] claimed = {false};
            st.guard(b.header, h -> claimed[0] = t.parse(b, st));
            if (claimed[0] || st.isUnparsed(b.header)) return;
        }
        String first = b.header.kw(0);
        boolean relevant = RELEVANT.contains(first) || b.header.starts("ip", "access-list") || b.header.starts("ip", "nat")
                || b.header.starts("ip", "route") || b.header.starts("sysopt", "connection");
        if (relevant) {
            st.unparsed(b.header, "not understood");
            for (ConfigLine c : b.children) st.unparsed(c, "under a line that was not understood");
        } else {
            b.all().forEach(st::ignored);
        }
    }

    private static DeviceInfo deviceInfo(ParseState st, SystemLines system, ConfigPlatformDetector.Result d, List<ConfigLine> lines, boolean excerpt) {
        List<Origin> origins = new ArrayList<>();
        if (d.versionLine() > 0) {
            ConfigLine v = lines.get(0);
            for (ConfigLine l : lines) if (l.no == d.versionLine()) { v = l; break; } // numbers may be a pasting file's
            origins.add(v.origin);
            st.used(v);
        }
        if (system.hostnameLine != null) origins.add(system.hostnameLine.origin);
        return new DeviceInfo(st.nextId(), st.side, origins, system.hostname, st.platform, st.version, excerpt);
    }

    private static ParsedConfig result(ParseState st, List<ConfigLine> lines) {
        int used = 0;
        int unparsed = 0;
        for (ConfigLine l : lines) {
            ParseState.Fate f = st.fates.getOrDefault(l.no, ParseState.Fate.IGNORED);
            if (f == ParseState.Fate.USED) used++;
            else if (f == ParseState.Fate.UNPARSED) unparsed++;
        }
        return new ParsedConfig(st.source, st.side, st.platform, st.version, st.facts, st.unparsed,
                lines.size(), used, lines.size() - used - unparsed);
    }
}
