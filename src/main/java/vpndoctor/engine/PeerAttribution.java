package vpndoctor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vpndoctor.model.LogEvent;

/**
 * Many messages name no peer (PIX "retransmitting phase 1", a Check Point line pasted in). When
 * the whole evidence names exactly one peer, those messages are about it; with several peers
 * they stay "unknown" rather than being guessed.
 */
final class PeerAttribution {
    private PeerAttribution() {}

    static List<LogEvent> attribute(List<LogEvent> events, Set<String> configPeers) {
        Set<String> peers = new TreeSet<>();
        for (LogEvent e : events) if (e.getPeer() != null) peers.add(e.getPeer());
        if (peers.isEmpty()) peers.addAll(configPeers);
        if (peers.size() != 1) return events;
        String only = peers.iterator().next();
        List<LogEvent> out = new ArrayList<>(events.size());
        for (LogEvent e : events) out.add(e.getPeer() == null ? e.withPeer(only) : e);
        return out;
    }
}
