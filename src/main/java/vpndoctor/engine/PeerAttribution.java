package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
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
    private static final Set<String> HOST_KINDS = Set.of("CONN_BUILT", "CONN_TEARDOWN", "SYN_TIMEOUT", "XLATE_BUILT", "NAT_NO_TRANSLATION", "NAT_TRANSLATED");

    /**
     * A note when messages about a tunnel name no peer and could not be tied to one (several or no
     * tunnels in the evidence): they are kept under tunnel "unknown", and the user should know. Null when none.
     */
    static String unattributedNote(List<LogEvent> attributed) {
        long messages = 0;
        for (LogEvent e : attributed) {
            if (e.getPeer() == null && !HOST_KINDS.contains(e.getKind())) messages += e.getCount();
        }
        if (messages == 0) return null;
        // counted only for the note (a sorted set of every peer was made for every run: 100k names, then dropped)
        Set<String> peers = new java.util.HashSet<>();
        for (LogEvent e : attributed) if (e.getPeer() != null) peers.add(e.getPeer());
        return messages + " log message" + (messages == 1 ? "" : "s") + " name no peer and could not be tied to one of the "
                + peers.size() + " tunnel" + (peers.size() == 1 ? "" : "s")
                + " by connection id, group or a nearby line of the same device: they are reported under tunnel \"unknown\"";
    }

    static List<LogEvent> attribute(List<LogEvent> events, Set<String> configPeers, Set<String> ourConfigAddresses) {
        Set<LogEvent> aboutAnotherPair = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        events = ownAddressNamed(events, ourConfigAddresses);
        events = PeerSideLines.place(events, configPeers, ourConfigAddresses, aboutAnotherPair);
        Set<String> peers = new java.util.HashSet<>(); // only its size and, when it has one, its peer are read: no order
        // the peer each input and each device names (or that it names several): a peer-less line is first
        // about the one peer its own device or file names; another file's peer is not evidence about it
        // (two pasted logs must neither borrow nor lose lines). Kept as one name or "several", not sets:
        // a log of 100k tunnels names 100k peers.
        Named bySource = new Named(new HashMap<>()), byDevice = new Named(new HashMap<>());
        Set<String> namedByDevices = new java.util.HashSet<>();
        for (LogEvent e : events) {
            String peer = e.getPeer();
            if (peer == null) continue;
            peers.add(peer);
            for (int i = 0, n = e.sampleCount(); i < n; i++) bySource.add(e.sampleSource(i), peer);
            if (e.getDevice() != null && !PeerSideLines.isPeerSide(e)) {
                byDevice.add(deviceKey(e), peer);
                namedByDevices.add(peer);
            }
        }
        boolean logsNamePeers = !peers.isEmpty();
        if (!logsNamePeers) peers.addAll(configPeers);
        List<LogEvent> out = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            String peer = e.getPeer() != null || aboutAnotherPair.contains(e) ? null : peerOf(e, byDevice, bySource, peers, logsNamePeers, namedByDevices);
            out.add(peer != null ? e.withPeer(peer) : e);
        }
        return out;
    }

    /**
     * A line that names an SA by both ends (attr otherEnd) and was read about an address our config
     * gives one of our interfaces is about the other end: the device's lines did not tell the reader
     * which end was its own, the config does.
     */
    private static List<LogEvent> ownAddressNamed(List<LogEvent> events, Set<String> ours) {
        if (ours.isEmpty()) return events;
        List<LogEvent> out = null;
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            String other = e.getPeer() == null || !ours.contains(e.getPeer()) ? "" : e.attr("otherEnd");
            if (other.isEmpty() || ours.contains(other)) continue;
            if (out == null) out = new ArrayList<>(events);
            out.set(i, e.withPeer(other));
        }
        return out == null ? events : out;
    }

    /**
     * The peer a peer-less event is about, or null: the one peer its device's lines name (a central syslog
     * holds many devices); for a device that names none or an unnamed device, the one peer its own input
     * names; else, when its input names none, the one peer of the whole evidence if that peer comes from
     * the configs (the logs name none). A line of a device that names no peer is not given a peer that
     * another device's lines name (a central syslog: another head-end's certificate failure is not this tunnel's).
     */
    private static String peerOf(LogEvent e, Named byDevice, Named bySource, Set<String> peers, boolean logsNamePeers,
                                 Set<String> namedByDevices) {
        boolean ownLine = e.getDevice() != null && !PeerSideLines.isPeerSide(e);
        // a connection or NAT line is its firewall's traffic: its device's one peer places it (two firewalls in one
        // central syslog); when the device names several or none, its own file decides, as for a line naming no device
        boolean traffic = CONNECTION_KINDS.contains(e.getKind());
        if (ownLine && byDevice.names(deviceKey(e))) {
            String one = byDevice.one(deviceKey(e));
            if (one != null || !traffic) return one;
        }
        String only = null;
        for (int i = 0, n = e.sampleCount(); i < n; i++) {
            String source = e.sampleSource(i);
            if (!bySource.names(source)) continue;
            String p = bySource.one(source);
            if (p == null || only != null && !only.equals(p)) return null;
            only = p;
        }
        if (only == null) {
            if (peers.size() != 1 || logsNamePeers) return null;
            only = peers.iterator().next();
        }
        return ownLine && !traffic && namedByDevices.contains(only) ? null : only;
    }

    /** Connection and NAT reports: they carry their firewall's host since session 13, and were placed by their file before. */
    private static final Set<String> CONNECTION_KINDS = Set.of("CONN_BUILT", "CONN_TEARDOWN", "SYN_TIMEOUT", "XLATE_BUILT", "NAT_NO_TRANSLATION", "NAT_TRANSLATED");

    /** Device names compare ignoring case (a host name in two relays' spellings). */
    private static String deviceKey(LogEvent e) {
        return e.getDevice().toLowerCase(java.util.Locale.ROOT);
    }

    /** Per key (an input, a device): the one peer its lines name, or that they name several. */
    private record Named(Map<String, String> first, Set<String> several) {
        Named(Map<String, String> first) {
            this(first, new java.util.HashSet<>());
        }

        void add(String key, String peer) {
            String was = first.putIfAbsent(key, peer);
            if (was != null && !was.equals(peer)) several.add(key);
        }

        boolean names(String key) {
            return first.containsKey(key);
        }

        /** The one peer the key names, null when it names several. */
        String one(String key) {
            return several.contains(key) ? null : first.get(key);
        }
    }
}
