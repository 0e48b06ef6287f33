package vpndoctor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vpndoctor.Evidence;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.parse.config.ConfigReader;
import vpndoctor.parse.config.ParsedConfig;
import vpndoctor.parse.log.LogIngest;

/** Reads every input of an Evidence into facts; a bad input is reported and the rest still read. */
public final class EvidenceLoader {
    private EvidenceLoader() {}

    private static volatile InputAccounting current;

    /** The accounting of the evidence being loaded (or last loaded) in this JVM, for a progress display only. */
    public static InputAccounting current() { return current; }

    public static LoadedEvidence load(Evidence evidence) {
        return load(evidence, null);
    }

    /** {@link #load(Evidence)}, telling {@code peers} (when not null) the logs' peers as they are read. */
    public static LoadedEvidence load(Evidence evidence, vpndoctor.parse.log.PeerWatch peers) {
        vpndoctor.parse.log.ReadingWarmUp.awaitIfExpected(); // the reading's tables, when another thread is making them
        InputAccounting acct = new InputAccounting();
        current = acct;
        List<Object> facts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LogIngest logs = new LogIngest(acct);
        if (peers != null) logs.watchPeers(peers);
        // Read in one canonical order whatever order the files were given in: which of two messages of
        // different files came "after" must not depend on how the user listed them
        List<Evidence.Input> logInputs = new ArrayList<>(evidence.inputs(Evidence.Kind.LOG));
        logInputs.sort(java.util.Comparator.comparing(Evidence.Input::name));
        for (Evidence.Input in : logInputs) {
            if (unusable(in, acct)) continue;
            long linesBefore = acct.getLines();
            boolean read;
            try (InputStream s = in.open()) {
                read = logs.read(in.name(), s);
            } catch (IOException | RuntimeException e) {
                acct.skipSource(in.name(), "could not be read to the end: " + message(e));
                read = acct.getLines() > linesBefore; // lines before the failure still count
            }
            // a binary or unopenable file is no source: with nothing else read, the CLI exits 3
            if (read) sources.add(in.name());
        }
        facts.addAll(logs.unrecognized());
        List<vpndoctor.model.LogEvent> logEvents = logs.events();
        List<vpndoctor.parse.log.ConfigSection> pasted = logs.configSections();
        // the reader's look-up tables (event keys, variant groups, shared values: ~35 MB with 100k tunnels,
        // issue 14) are garbage once the logs are read; this frame would keep them until it returns
        logs = null;
        for (vpndoctor.model.Skipped n : acct.getNotes()) notes.add(n.toString());
        // files of a case folder that are not evidence are listed, never dropped silently
        for (vpndoctor.model.Skipped k : evidence.skipped()) acct.skipSource(k.source(), k.reason());
        notes.addAll(evidence.notes());

        Platform configPlatform = Platform.UNKNOWN;
        long configLines = 0, configUnparsed = 0;
        boolean local = false, peer = false;
        for (Evidence.Input in : evidence.inputs()) {
            Side side = in.kind() == Evidence.Kind.LOCAL_CONFIG ? Side.LOCAL : in.kind() == Evidence.Kind.PEER_CONFIG ? Side.PEER : null;
            if (side == null || unusable(in, acct)) continue;
            sources.add(in.name());
            try (InputStream s = in.open(); Reader r = new InputStreamReader(s, StandardCharsets.UTF_8)) {
                ParsedConfig cfg = ConfigReader.read(in.name(), side, r);
                facts.addAll(cfg.facts());
                configLines += cfg.lines();
                configUnparsed += cfg.unparsed().size();
                for (var u : cfg.unparsed()) {
                    if (u.getReason().startsWith(vpndoctor.parse.config.AclLines.TOO_LARGE)) notes.add(u.getOrigins().get(0).where() + ": " + u.getReason());
                }
                if (side == Side.LOCAL) {
                    local = true;
                    configPlatform = cfg.platform();
                } else {
                    peer = true;
                }
            } catch (IOException | RuntimeException e) {
                acct.skipSource(in.name(), "config could not be read: " + message(e));
            }
        }
        // configs pasted into the logs, as configs of the devices their prompts name, on the sides the files left free
        PastedConfigs.Outcome sections = PastedConfigs.read(pasted, logEvents, facts, notes, local, peer);
        if (sections.localConfig() != null) configPlatform = sections.localConfig().platform();
        local = sections.local();
        peer = sections.peer();
        configLines += sections.lines();
        configUnparsed += sections.unparsed();
        if (local != peer) notes.add(local
                ? "only our config was given: checks that compare both peers (policy/transform-set intersection, mirrored ACLs, key equality) cannot be made; single-device checks (map applied, map entry complete, map order, key order, objects, NAT exemption, MSS) were made"
                : "only the peer's config was given: checks of our own device (map applied, NAT exemption, MSS) and comparisons between peers cannot be made");

        // a line whose platform only its wording guessed (no line of its source named the family) is our
        // device's, whose platform our config names
        if (configPlatform != Platform.UNKNOWN) for (vpndoctor.model.LogEvent e : logEvents) e.establishPlatform(configPlatform);
        List<vpndoctor.model.LogEvent> attributed = PeerAttribution.attribute(logEvents, configPeers(facts), ourAddresses(facts));
        String shared = DeviceTunnels.name(attributed, facts);
        if (shared != null) notes.add(shared);
        List<vpndoctor.model.TunnelEnds> ends = TunnelEndsPairing.find(attributed, logEvents, facts);
        facts.addAll(attributed);
        facts.addAll(ends);
        for (vpndoctor.model.TunnelEnds t : ends) {
            if (t.getTunnel().compareTo(t.getOtherEnd()) < 0) notes.add("tunnels " + t.getTunnel() + " and " + t.getOtherEnd()
                    + " are one tunnel seen from both ends (" + (t.getBasis() == vpndoctor.model.TunnelEnds.Basis.MIRRORED
                    ? "each end's own address is the other's peer" : "one end names the other's own address as its peer")
                    + "): each is reported under its own name; what one end shows of phase 1 counts for the other");
        }
        if (peer) facts.add(vpndoctor.model.LogPeers.of(attributed));
        String unattributed = PeerAttribution.unattributedNote(attributed);
        if (unattributed != null) notes.add(unattributed);

        int obsId = 1;
        for (Evidence.Input in : evidence.inputs(Evidence.Kind.OBSERVATIONS)) {
            if (unusable(in, acct)) continue;
            sources.add(in.name());
            try (InputStream s = in.open()) {
                var obs = ObservationReader.read(in.name(), s, acct, obsId);
                obsId += obs.size();
                facts.addAll(obs);
            } catch (IOException | RuntimeException e) { // as for logs and configs: one bad file never sinks the run
                acct.skipSource(in.name(), message(e));
            }
        }
        return new LoadedEvidence(facts, acct, sources, configPlatform, configLines, configUnparsed, notes);
    }

    /**
     * Gives peer-less log events the single peer the evidence names (as {@link #load} does), for
     * callers that load logs and configs separately (the what-if console re-reads only configs).
     */
    /**
     * The input facts attribution adds beside the events, for the console's live session as for a run: both ends'
     * pairings and, only with a peer config (the rules that ask compare with it), the peers the logs name.
     */
    public static List<Object> afterAttribution(List<vpndoctor.model.LogEvent> attributed, List<vpndoctor.model.LogEvent> events,
            List<Object> configFacts, boolean peerConfig) {
        List<Object> out = new ArrayList<>(TunnelEndsPairing.find(attributed, events, configFacts));
        if (peerConfig) out.add(vpndoctor.model.LogPeers.of(attributed));
        return out;
    }

    public static List<vpndoctor.model.LogEvent> attributePeers(List<vpndoctor.model.LogEvent> events, List<Object> configFacts) {
        List<vpndoctor.model.LogEvent> attributed = PeerAttribution.attribute(events, configPeers(configFacts), ourAddresses(configFacts));
        DeviceTunnels.name(attributed, configFacts);
        return attributed;
    }

    /** The addresses of our device's interfaces (our config), so a line of the peer's gateway that names us can be placed. */
    private static java.util.Set<String> ourAddresses(List<Object> facts) {
        java.util.Set<String> ours = new java.util.HashSet<>();
        for (Object f : facts) {
            if (f instanceof vpndoctor.model.config.NetInterface i && i.getSide() == Side.LOCAL && i.getAddress() != null && !i.getAddress().isEmpty()) {
                ours.add(i.getAddress());
            }
        }
        return ours;
    }

    /** Peers our config points at (crypto map set peer), used when the logs name none. */
    private static java.util.Set<String> configPeers(List<Object> facts) {
        java.util.Set<String> peers = new java.util.TreeSet<>();
        for (Object f : facts) {
            if (f instanceof vpndoctor.model.config.CryptoMapEntry c && c.getSide() == Side.LOCAL) peers.addAll(c.getPeers());
        }
        return peers;
    }

    private static boolean unusable(Evidence.Input in, InputAccounting acct) {
        Optional<String> problem = InputProblems.check(in.path());
        problem.ifPresent(p -> acct.skipSource(in.name(), p));
        return problem.isPresent();
    }

    private static String message(Exception e) {
        return e instanceof IOException io ? InputProblems.describe(io) : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
