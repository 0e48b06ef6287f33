package vpndoctor.engine;

import java.util.ArrayList;
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
        for (LogEvent e : events) if (e.getPeer() != null) peers.add(e.getPeer());
        if (peers.isEmpty()) peers.addAll(configPeers);
        if (peers.size() != 1) return events;
        String only = peers.iterator().next();
        Set<String> devices = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (LogEvent e : events) if (only.equals(e.getPeer()) && e.getDevice() != null && !PeerSideLines.isPeerSide(e)) devices.add(e.getDevice());
        List<LogEvent> out = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            boolean otherDevice = e.getDevice() != null && !devices.isEmpty() && !devices.contains(e.getDevice()) && !PeerSideLines.isPeerSide(e);
            out.add(e.getPeer() == null && !aboutAnotherPair.contains(e) && !otherDevice ? e.withPeer(only) : e);
        }
        return out;
    }
}
