package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vpndoctor.Evidence;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Side;

/**
 * The evidence of a console session at one moment, immutable (so undo is "go back to the previous
 * state"): log and observation inputs with their parsed facts, each side's config as editable text
 * with its parsed facts, and the facts the user retracted. Logs are parsed once per load; a config
 * edit re-reads only the configs (cheap), as the what-if needs.
 */
public record EvidenceState(List<Evidence.Input> logs, LoadedEvidence logPart,
                            ConfigText local, ConfigText peer, LoadedEvidence configPart,
                            Set<FactKey> retracted) {

    public static EvidenceState empty() {
        return new EvidenceState(List.of(), load(List.of()), null, null, readConfigs(null, null), Set.of());
    }

    /** Adds log / observation inputs (all logs are read again together: events aggregate across files). */
    public EvidenceState withInputs(List<Evidence.Input> more) {
        List<Evidence.Input> all = new ArrayList<>(logs);
        all.addAll(more);
        return new EvidenceState(List.copyOf(all), load(all), local, peer, configPart, retracted);
    }

    public EvidenceState withConfig(ConfigText cfg) {
        ConfigText l = cfg.side() == Side.LOCAL ? cfg : local;
        ConfigText p = cfg.side() == Side.PEER ? cfg : peer;
        return new EvidenceState(logs, logPart, l, p, readConfigs(l, p), retracted);
    }

    public EvidenceState withRetracted(FactKey key) {
        Set<FactKey> r = new LinkedHashSet<>(retracted);
        r.add(key);
        return new EvidenceState(logs, logPart, local, peer, configPart, Set.copyOf(r));
    }

    public ConfigText config(Side side) { return side == Side.LOCAL ? local : peer; }

    /** Every input fact the session should hold now. */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(configPart.facts());
        List<LogEvent> events = new ArrayList<>();
        for (Object f : logPart.facts()) {
            if (f instanceof LogEvent e) events.add(e);
            else out.add(f);
        }
        List<LogEvent> attributed = EvidenceLoader.attributePeers(events, configPart.facts());
        out.addAll(attributed);
        out.addAll(EvidenceLoader.afterAttribution(attributed, events, configPart.facts(), peer != null));
        if (!retracted.isEmpty()) out.removeIf(f -> retracted.contains(FactKey.of(f)));
        return out;
    }

    /** Both parts as one LoadedEvidence, for the report context (accounting comes from the logs). */
    public LoadedEvidence combined() {
        List<String> sources = new ArrayList<>(logPart.sources());
        sources.addAll(configPart.sources());
        List<String> notes = new ArrayList<>(logPart.notes());
        notes.addAll(configPart.notes());
        if (!retracted.isEmpty()) notes.add(retracted.size() + " fact(s) retracted in the console");
        return new LoadedEvidence(facts(), logPart.accounting(), sources, configPart.configPlatform(),
                configPart.configLines(), configPart.configUnparsed(), notes);
    }

    private static LoadedEvidence load(List<Evidence.Input> inputs) {
        Evidence.Builder b = Evidence.builder();
        inputs.forEach(b::add);
        return EvidenceLoader.load(b.build());
    }

    private static LoadedEvidence readConfigs(ConfigText local, ConfigText peer) {
        Evidence.Builder b = Evidence.builder();
        if (local != null) b.localConfig(local.name(), local.text());
        if (peer != null) b.peerConfig(peer.name(), peer.text());
        return EvidenceLoader.load(b.build());
    }
}
