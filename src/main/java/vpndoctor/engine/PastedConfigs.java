package vpndoctor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Side;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.parse.config.ConfigReader;
import vpndoctor.parse.config.ParsedConfig;
import vpndoctor.parse.log.ConfigSection;

/**
 * Configs pasted into logs ({@link ConfigSection}) become config inputs of the device their prompt names,
 * with every fact pointing at the log's own line. They take the sides config files left free, as configs
 * found in a case folder do: the device whose name the log lines carry is ours when exactly one is, else
 * the first pasted; a device whose config file was given keeps the file (the paste is noted, not mixed in);
 * a third device is not compared. Every decision is a note of the report.
 */
final class PastedConfigs {
    private PastedConfigs() {}

    /** What reading the sections added: whether each side now has a config, and ours's reading. */
    record Outcome(boolean local, boolean peer, ParsedConfig localConfig, long lines, long unparsed) {}

    static Outcome read(List<ConfigSection> sections, List<LogEvent> events, List<Object> facts, List<String> notes,
            boolean local, boolean peer) {
        long lines = 0, unparsed = 0;
        ParsedConfig ours = null;
        if (sections.isEmpty()) return new Outcome(local, peer, null, 0, 0);
        String localHost = hostname(facts, Side.LOCAL), peerHost = hostname(facts, Side.PEER);
        boolean localGiven = local, peerGiven = peer;
        // one device's sections of one file are one config ("show run crypto" then "show run tunnel-group")
        Map<String, List<ConfigSection>> byDevice = new LinkedHashMap<>();
        for (ConfigSection s : sections) byDevice.computeIfAbsent(s.source() + "\n" + s.hostKey(), k -> new ArrayList<>()).add(s);
        List<List<ConfigSection>> order = new ArrayList<>(byDevice.values());
        List<String> seenHosts = new ArrayList<>();
        boolean guessed = false;
        if (!local) {
            // our device is the one the log lines come from: the one pasted device they name, if there is one
            List<List<ConfigSection>> named = new ArrayList<>();
            for (List<ConfigSection> g : order) if (logsName(events, g.get(0).hostKey())) named.add(g);
            if (named.size() == 1) {
                order.remove(named.get(0));
                order.add(0, named.get(0));
            } else {
                guessed = distinctHosts(order) > 1;
            }
        }
        for (List<ConfigSection> g : order) {
            ConfigSection first = g.get(0);
            String what = describe(g);
            if (first.hostKey().equalsIgnoreCase(localHost) || first.hostKey().equalsIgnoreCase(peerHost) || seenHosts.contains(first.hostKey())) {
                notes.add(what + " not read as config: " + first.host() + "'s config is given already");
                continue;
            }
            Side side = !local ? Side.LOCAL : !peer ? Side.PEER : null;
            if (side == null) {
                notes.add(what + " not read as config: only two devices are compared");
                continue;
            }
            // a config file that names no host may be this very device: taking the paste for the other would borrow
            if (side == Side.PEER && localHost.equals(NONE) && localGiven || side == Side.LOCAL && peerHost.equals(NONE) && peerGiven) {
                notes.add(what + " not read as config: the given " + (side == Side.PEER ? "local" : "peer") + " config names no hostname, so it may be "
                        + first.host() + "'s own");
                continue;
            }
            List<String> texts = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            boolean excerpt = false;
            for (ConfigSection s : g) {
                excerpt |= s.excerpt();
                for (ConfigSection.Line l : s.lines()) {
                    texts.add(l.text());
                    numbers.add(l.fileLine());
                }
            }
            int[] nos = numbers.stream().mapToInt(Integer::intValue).toArray();
            ParsedConfig cfg = ConfigReader.readSection(first.source(), side, texts, nos, first.host(), excerpt);
            facts.addAll(cfg.facts());
            lines += cfg.lines();
            unparsed += cfg.unparsed().size();
            seenHosts.add(first.hostKey());
            if (side == Side.LOCAL) {
                local = true;
                ours = cfg;
            } else {
                peer = true;
            }
            notes.add(what + " read as " + (side == Side.LOCAL ? "our" : "the peer's") + " config"
                    + (excerpt ? " (a part of it: what it does not show is not taken as missing)" : "")
                    + (guessed && side == Side.LOCAL ? " (taken as ours because it was pasted first: no log line names one device)" : ""));
        }
        return new Outcome(local, peer, ours, lines, unparsed);
    }

    /** "R1's 'show run | s crypto' pasted at a.log:12-40". */
    private static String describe(List<ConfigSection> g) {
        ConfigSection first = g.get(0), last = g.get(g.size() - 1);
        List<ConfigSection.Line> ll = last.lines();
        int end = ll.isEmpty() ? last.promptLine() : ll.get(ll.size() - 1).fileLine();
        StringBuilder cmds = new StringBuilder();
        for (ConfigSection s : g) cmds.append(cmds.length() == 0 ? "" : ", ").append('\'').append(s.command()).append('\'');
        return first.host() + "'s " + cmds + " pasted at " + first.source() + ":" + first.promptLine() + "-" + end;
    }

    private static int distinctHosts(List<List<ConfigSection>> groups) {
        return (int) groups.stream().map(g -> g.get(0).hostKey()).distinct().count();
    }

    private static boolean logsName(List<LogEvent> events, String hostKey) {
        for (LogEvent e : events) if (e.getDevice() != null && e.getDevice().toLowerCase(Locale.ROOT).equals(hostKey)) return true;
        return false;
    }

    private static String hostname(List<Object> facts, Side side) {
        for (Object f : facts) if (f instanceof DeviceInfo d && d.getSide() == side && !d.getHostname().isEmpty()) return d.getHostname().toLowerCase(Locale.ROOT);
        return NONE;
    }

    /** Stands for "no hostname": matches no host. */
    private static final String NONE = "\n";
}
