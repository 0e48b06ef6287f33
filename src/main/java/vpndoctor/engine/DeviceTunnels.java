package vpndoctor.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vpndoctor.model.LogEvent;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.Side;
import vpndoctor.model.Tunnel;

/**
 * A central syslog carries many devices, and two of them may talk to the same peer (two head-ends to
 * one partner gateway). Their tunnels are different tunnels: one device's healthy phase 2 must not
 * make the other's key mismatch look transient, nor its failure be charged to the other. When more
 * than one logging device names a peer, each device's events of that peer form the tunnel
 * "peer@device"; the device our config belongs to keeps the plain peer name, so its config facts
 * still join. Events whose device no line told stay on the plain name (never given to a guessed device).
 */
final class DeviceTunnels {
    private DeviceTunnels() {}

    /** Names the tunnels of shared peers (see above); returns a note for the report, or null when no peer is shared. */
    static String name(List<LogEvent> events, List<Object> configFacts) {
        String ours = localHostname(configFacts);
        Map<String, Set<String>> devicesByPeer = new HashMap<>();
        for (LogEvent e : events) {
            if (e.getPeer() != null && e.getDevice() != null && !PeerSideLines.isPeerSide(e)) { // the peer's own gateway is no head-end of ours
                devicesByPeer.computeIfAbsent(e.getPeer(), p -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add(e.getDevice());
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        for (LogEvent e : events) {
            Set<String> devices = e.getPeer() == null ? null : devicesByPeer.get(e.getPeer());
            boolean apart = devices != null && devices.size() > 1 && e.getDevice() != null && !e.getDevice().equalsIgnoreCase(ours)
                    && !PeerSideLines.isPeerSide(e);
            e.nameTunnel(apart ? Tunnel.ofDevice(e.getPeer(), e.getDevice()) : null);
            if (devices != null && devices.size() > 1) shared.put(e.getPeer(), devices);
        }
        if (shared.isEmpty()) return null;
        StringBuilder note = new StringBuilder();
        shared.forEach((peer, devices) -> note.append(note.length() == 0 ? "" : "; ").append("peer ").append(peer)
                .append(" is talked to by ").append(devices.size()).append(" logging devices (").append(String.join(", ", devices))
                .append("): each device's tunnel is diagnosed apart, as ").append(Tunnel.ofDevice(peer, "DEVICE"))
                .append(ours.isEmpty() ? "" : " (" + peer + " for " + ours + ", whose config was given)")
                .append("; lines that name no device (connections, a paste without a host) stay under ").append(peer));
        return note.toString();
    }

    private static String localHostname(List<Object> facts) {
        for (Object f : facts) {
            if (f instanceof DeviceInfo d && d.getSide() == Side.LOCAL && !d.getHostname().isEmpty()) return d.getHostname();
        }
        return "";
    }
}
