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
        // (the FTD CLI's bare prompt names no host: a file's bare prompts are its one FTD's)
        for (ConfigSection s : sections) byDevice.computeIfAbsent(s.source() + "\n" + s.hostKey(), k -> new ArrayList<>()).add(s);
        List<List<ConfigSection>> order = new ArrayList<>();
        for (List<ConfigSection> g : byDevice.values()) {
            List<ConfigSection> kept = runningOnly(g, notes);
            if (!kept.isEmpty()) order.add(kept);
        }
        List<String> seenHosts = new ArrayList<>();
        boolean guessed = false;
        if (!local) {
            // our device is the one the log lines come from: the one pasted device they name, if there is one
            List<List<ConfigSection>> named = new ArrayList<>();
            for (List<ConfigSection> g : order) if (logsName(events, name(g))) named.add(g);
            if (named.size() == 1) {
                order.remove(named.get(0));
                order.add(0, named.get(0));
            } else {
                guessed = distinctHosts(order) > 1;
            }
        }
        String ourChassis = null;
        for (List<ConfigSection> g : order) {
            ConfigSection first = g.get(0);
            String name = name(g);
            String what = describe(g);
            if (name.isEmpty() && (localGiven || peerGiven || !seenHosts.isEmpty())) {
                // a bare prompt's paste that shows no hostname may be any device already read: taking it for another would borrow
                notes.add(what + " not read as config: it names no device, so it may be the device whose config is read already");
                continue;
            }
            if (!name.isEmpty() && (name.equals(localHost) || name.equals(peerHost) || seenHosts.contains(name))) {
                notes.add(what + " not read as config: " + (first.host().isEmpty() ? name : first.host()) + "'s config is given already");
                continue;
            }
            Side side = !local ? Side.LOCAL : !peer ? Side.PEER : null;
            if (side == null) {
                notes.add(what + " not read as config: only two devices are compared");
                continue;
            }
            // an ASA's contexts are virtual firewalls of one chassis: another context is not this tunnel's peer
            if (side == Side.PEER && ourChassis != null && ourChassis.equals(chassis(name))) {
                notes.add(what + " not read as config: another context of " + ourChassis + " than ours, not our peer");
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
            boolean startup = first.startup(); // a group is all running or all startup (runningOnly)
            excerpt |= startup;
            ParsedConfig cfg = ConfigReader.readSection(first.source(), side, texts, nos, first.host(), excerpt,
                    first.bare() ? vpndoctor.model.Platform.FTD : null);
            facts.addAll(cfg.facts());
            lines += cfg.lines();
            unparsed += cfg.unparsed().size();
            seenHosts.add(name);
            if (side == Side.LOCAL) {
                local = true;
                ours = cfg;
                ourChassis = chassis(name);
            } else {
                peer = true;
            }
            notes.add(what + " read as " + (side == Side.LOCAL ? "our" : "the peer's") + " config"
                    + (startup ? " (the saved startup config: the running config the tunnel follows may differ by any change not saved,"
                            + " so what it does not show is not taken as missing)"
                            : excerpt ? " (a part of it: what it does not show is not taken as missing)" : "")
                    + (guessed && side == Side.LOCAL ? " (taken as ours because it was pasted first: no log line names one device)" : ""));
        }
        return new Outcome(local, peer, ours, lines, unparsed);
    }

    /**
     * A device's running config is what its tunnels follow: with a 'show running-config' of the same device pasted, its
     * 'show startup-config' is not read (noted); alone, it is read, as the saved config (see read).
     */
    private static List<ConfigSection> runningOnly(List<ConfigSection> g, List<String> notes) {
        List<ConfigSection> running = new ArrayList<>(), startup = new ArrayList<>();
        for (ConfigSection s : g) (s.startup() ? startup : running).add(s);
        if (running.isEmpty() || startup.isEmpty()) return g;
        notes.add(describe(startup) + " not read as config: the running config of the same device is pasted too");
        return running;
    }

    /** The group's device: its prompt's host, or (the FTD CLI's bare prompt) the hostname its lines show; "" when none. */
    private static String name(List<ConfigSection> g) {
        String host = g.get(0).hostKey();
        if (!host.isEmpty()) return host;
        for (ConfigSection s : g) {
            for (ConfigSection.Line l : s.lines()) {
                String t = l.text().strip();
                if (t.startsWith("hostname ") && t.length() > 9) return t.substring(9).strip().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** "asa" of "asa/custa" (an ASA context's prompt), the host itself otherwise. */
    private static String chassis(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    /** "R1's 'show run | s crypto' pasted at a.log:12-40". */
    private static String describe(List<ConfigSection> g) {
        ConfigSection first = g.get(0), last = g.get(g.size() - 1);
        List<ConfigSection.Line> ll = last.lines();
        int end = ll.isEmpty() ? last.promptLine() : ll.get(ll.size() - 1).fileLine();
        StringBuilder cmds = new StringBuilder();
        for (ConfigSection s : g) cmds.append(cmds.length() == 0 ? "" : ", ").append('\'').append(s.command()).append('\'');
        String who = first.host().isEmpty() ? "the FTD CLI's" : first.host() + "'s";
        return who + " " + cmds + " pasted at " + first.source() + ":" + first.promptLine() + "-" + end;
    }

    private static int distinctHosts(List<List<ConfigSection>> groups) {
        return (int) groups.stream().map(PastedConfigs::name).distinct().count();
    }

    private static boolean logsName(List<LogEvent> events, String hostKey) {
        if (hostKey.isEmpty()) return false;
        // an ASA context's lines name the context ("logging device-id context-name") or the chassis with it
        String context = hostKey.indexOf('/') < 0 ? null : hostKey.substring(hostKey.indexOf('/') + 1);
        for (LogEvent e : events) {
            if (e.getDevice() == null) continue;
            String d = e.getDevice().toLowerCase(Locale.ROOT);
            if (d.equals(hostKey) || d.equals(context)) return true;
        }
        return false;
    }

    private static String hostname(List<Object> facts, Side side) {
        for (Object f : facts) if (f instanceof DeviceInfo d && d.getSide() == side && !d.getHostname().isEmpty()) return d.getHostname().toLowerCase(Locale.ROOT);
        return NONE;
    }

    /** Stands for "no hostname": matches no host. */
    private static final String NONE = "\n";
}
