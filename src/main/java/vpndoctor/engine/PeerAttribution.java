package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vpndoctor.model.LogEvent;

/**
 * Many messages name no peer (PIX "retransmitting phase 1", a Check Point line pasted in). When
 * the whole evidence names exactly one peer, those messages are about it; with several peers
 * they stay "unknown" rather than being guessed. A line of the other side's gateway is placed by the
 * addresses it names first ({@link PeerSideLines}); one that names only other gateways stays "unknown".
 * So does a line of a device none of whose lines names that peer (a central syslog: another head-end's
 * certificate failure is not this tunnel's).
 */
final class PeerAttribution {
    private PeerAttribution() {}

    /** Connection and NAT messages are about hosts, not tunnels: never attributed, never "unattributed". */
    private static final Set<String> HOST_KINDS = Set.of("CONN_BUILT", "CONN_TEARDOWN", "SYN_TIMEOUT", "XLATE_BUILT", "NAT_NO_TRANSLATION");

    /**
     * A note when messages about a tunnel name no peer and could not be tied to one (several or no
     * tunnels in the evidence): they are kept under tunnel "unknown", and the user should know. Null when none.
     */
    static String unattributedNote(List<LogEvent> attributed) {
        Set<String> peers = new TreeSet<>();
        long messages = 0;
        for (LogEvent e : attributed) {
            if (e.getPeer() != null) peers.add(e.getPeer());
            else if (!HOST_KINDS.contains(e.getKind())) messages += e.getCount();
        }
        if (messages == 0) return null;
        return messages + " log message" + (messages == 1 ? "" : "s") + " name no peer and could not be tied to one of the "
                + peers.size() + " tunnel" + (peers.size() == 1 ? "" : "s")
                + " by connection id, group or a nearby line of the same device: they are reported under tunnel \"unknown\"";
    }

    static List<LogEvent> attribute(List<LogEvent> events, Set<String> configPeers, Set<String> ourConfigAddresses) {
        Set<LogEvent> aboutAnotherPair = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        events = PeerSideLines.place(events, configPeers, ourConfigAddresses, aboutAnotherPair);
        Set<String> peers = new TreeSet<>();
        // the peers each input names: a peer-less line is first about the one peer its own file names
        // (another file's peer is not evidence about it: two pasted logs must neither borrow nor lose lines)
        Map<String, Set<String>> bySource = new HashMap<>();
        for (LogEvent e : events) {
            if (e.getPeer() == null) continue;
            peers.add(e.getPeer());
            for (int i = 0, n = e.sampleCount(); i < n; i++) bySource.computeIfAbsent(e.sampleSource(i), k -> new TreeSet<>()).add(e.getPeer());
        }
        boolean logsNamePeers = !peers.isEmpty();
        if (!logsNamePeers) peers.addAll(configPeers);
        Map<String, Set<String>> devicesOf = new HashMap<>();
        Map<String, Set<String>> byDevice = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (LogEvent e : events) {
            if (e.getPeer() != null && e.getDevice() != null && !PeerSideLines.isPeerSide(e)) {
                devicesOf.computeIfAbsent(e.getPeer(), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add(e.getDevice());
                byDevice.computeIfAbsent(e.getDevice(), k -> new TreeSet<>()).add(e.getPeer());
            }
        }
        List<LogEvent> out = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            String peer = e.getPeer() != null || aboutAnotherPair.contains(e) ? null : peerOf(e, byDevice, bySource, peers, logsNamePeers, devicesOf);
            out.add(peer != null ? e.withPeer(peer) : e);
        }
        return out;
    }

    /**
     * The peer a peer-less event is about, or null: the one peer its device's lines name (a central syslog
     * holds many devices); for a device that names none or an unnamed device, the one peer its own input
     * names; else, when its input names none, the one peer of the whole evidence if that peer comes from
     * the configs (the logs name none) or the event's device is one that names it. A device none of whose
     * lines names the peer keeps its lines under "unknown" either way.
     */
    private static String peerOf(LogEvent e, Map<String, Set<String>> byDevice, Map<String, Set<String>> bySource, Set<String> peers,
                                 boolean logsNamePeers, Map<String, Set<String>> devicesOf) {
        Set<String> ofDevice = e.getDevice() == null || PeerSideLines.isPeerSide(e) ? null : byDevice.get(e.getDevice());
        if (ofDevice != null) return ofDevice.size() == 1 ? ofDevice.iterator().next() : null;
        Set<String> own = new TreeSet<>();
        for (int i = 0, n = e.sampleCount(); i < n; i++) {
            Set<String> p = bySource.get(e.sampleSource(i));
            if (p != null) own.addAll(p);
        }
        String only;
        if (!own.isEmpty()) {
            if (own.size() != 1) return null;
            only = own.iterator().next();
        } else {
            if (peers.size() != 1) return null;
            only = peers.iterator().next();
            boolean sameDevice = e.getDevice() != null && devicesOf.getOrDefault(only, Set.of()).contains(e.getDevice());
            if (logsNamePeers && !sameDevice) return null;
        }
        Set<String> devices = devicesOf.getOrDefault(only, Set.of());
        boolean otherDevice = e.getDevice() != null && !devices.isEmpty() && !devices.contains(e.getDevice()) && !PeerSideLines.isPeerSide(e);
        return otherDevice ? null : only;
    }
}
