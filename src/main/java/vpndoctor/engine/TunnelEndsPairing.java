package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Side;
import vpndoctor.model.Tunnel;
import vpndoctor.model.TunnelEnds;
import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.TunnelInterface;

/**
 * Finds the tunnel names that are one tunnel seen from both ends (two devices' logs in one case: R15
 * names its peer 198.51.100.2, R18 names 203.0.113.2). Per tunnel name, the addresses the lines of its
 * device give for their own end (an SA's local address and crypto endpoint, an IKE SA row, our config's
 * tunnel source or the address of the interface our crypto map is applied to), and which device or file
 * the lines came from. Two names pair when each one's own address is the other's peer (MIRRORED), or
 * when one end gives (L, P) and exactly one name of another device names L as its peer with no own
 * address of its own, no other tunnel has L for its own address, and both devices logged a line about each
 * other within {@link #SAME_MOMENT_SECONDS} (NAMED: one exchange seen from both ends). Anything ambiguous (two
 * own addresses, two candidates, the same device at both ends) pairs nothing. Only lines that name
 * their peer themselves count: a line given a peer by attribution proves nothing about addresses.
 * Hashed by address, linear in events and tunnels.
 */
final class TunnelEndsPairing {
    private TunnelEndsPairing() {}

    /** What one tunnel name's own lines say about its ends (lean: one per tunnel of a 100k-tunnel log). */
    private static final class End {
        final String name, peer;
        /** Its one own address, or null; {@link #severalLocals} when its lines give more than one. */
        String local;
        boolean severalLocals;
        /** The device (lower case) or, for lines naming none, a file its lines came from; the others in {@link #moreUnits}. */
        String unit;
        Set<String> moreUnits;
        Origin localLine, peerLine;

        End(String name, String peer) {
            this.name = name;
            this.peer = peer;
        }

        void addLocal(String l, Origin line) {
            if (local == null && !severalLocals) {
                local = l;
                localLine = line;
            } else if (!l.equals(local)) {
                severalLocals = true;
                local = null;
            }
        }

        void addUnit(String u) {
            if (unit == null) unit = u;
            else if (!unit.equals(u)) (moreUnits == null ? moreUnits = new HashSet<>(2) : moreUnits).add(u);
        }

        boolean noLocal() { return local == null && !severalLocals; }

        Set<String> units() {
            Set<String> all = new HashSet<>(moreUnits == null ? Set.of() : moreUnits);
            if (unit != null) all.add(unit);
            return all;
        }
    }

    /**
     * The pairs, one fact per direction, in tunnel-name order.
     * @param events the events after attribution and tunnel naming
     * @param read the same events as read, in the same order: an event that is not the one read there got its peer
     *             from attribution (or a peer-side placement), which proves nothing about its addresses
     */
    static List<TunnelEnds> find(List<LogEvent> events, List<LogEvent> read, List<Object> configFacts) {
        if (events.size() != read.size()) return List.of(); // attribution keeps one event a line, in order; else pair nothing
        Map<String, End> ends = new HashMap<>();
        for (int i = 0, n = events.size(); i < n; i++) {
            LogEvent e = events.get(i);
            if (e != read.get(i) || e.getPeer() == null || PeerSideLines.isPeerSide(e)) continue;
            String name = e.getTunnel();
            if (Tunnel.UNKNOWN.equals(name)) continue;
            End end = ends.get(name);
            if (end == null) ends.put(name, end = new End(name, e.getPeer()));
            if (e.getDevice() != null) end.addUnit(e.getDevice().toLowerCase(java.util.Locale.ROOT));
            else for (int j = 0, m = e.sampleCount(); j < m; j++) end.addUnit(e.sampleSource(j));
            if (end.peerLine == null) end.peerLine = e.getOrigin();
            String local = e.getLocal();
            if (local != null && !local.equals(e.getPeer())) end.addLocal(local, e.getOrigin());
        }
        if (ends.size() < 2) return List.of();
        addConfigLocals(ends, configFacts);
        // by address: the one end naming it as peer / having it as own address (SEVERAL when more)
        Map<String, End> byPeer = new HashMap<>(), byLocal = new HashMap<>();
        for (End end : ends.values()) {
            byPeer.merge(end.peer, end, (x, y) -> SEVERAL);
            if (end.local != null) byLocal.merge(end.local, end, (x, y) -> SEVERAL);
        }
        TreeMap<String, TunnelEnds.Basis> basis = new TreeMap<>();
        Map<String, End[]> pairs = new HashMap<>();
        Map<String, Set<String>> localsOfUnit = null;
        List<End[]> named = new ArrayList<>();
        for (End a : ends.values()) {
            if (a.local == null) continue;
            End b = byPeer.get(a.local);
            if (b == null || b == SEVERAL || b == a) continue;
            if (a.peer.equals(b.local)) {
                // mirrored: b is the only end naming a's address, and a the only one naming b's
                if (byPeer.get(b.local) == a) add(pairs, basis, a, b, TunnelEnds.Basis.MIRRORED);
            } else if (b.noLocal() && byLocal.get(a.local) == a && b.unit != null && java.util.Collections.disjoint(a.units(), b.units())) {
                if (localsOfUnit == null) localsOfUnit = localsOfUnit(ends);
                if (unitsMayOwn(b, a.peer, localsOfUnit)) named.add(new End[] {a, b});
            }
        }
        if (!named.isEmpty()) {
            Map<End, java.util.TreeSet<Long>> times = timesOf(events, read, named, ends);
            for (End[] ab : named) if (sameMoment(times.get(ab[0]), times.get(ab[1]))) add(pairs, basis, ab[0], ab[1], TunnelEnds.Basis.NAMED);
        }
        List<TunnelEnds> out = new ArrayList<>(2 * pairs.size());
        for (Map.Entry<String, TunnelEnds.Basis> p : basis.entrySet()) {
            End[] ab = pairs.get(p.getKey());
            List<Origin> a = lines(ab[0]), b = lines(ab[1]);
            out.add(new TunnelEnds("te" + (out.size() + 1), ab[0].name, ab[1].name, ab[1].peer, p.getValue(), concat(a, b)));
            out.add(new TunnelEnds("te" + (out.size() + 1), ab[1].name, ab[0].name, ab[0].peer, p.getValue(), concat(b, a)));
        }
        return out;
    }

    /**
     * Seconds apart within which two devices' lines about each other are one exchange seen from both ends. Without
     * its own address, an end naming ours is paired only so: a spoke failing with a hub is not the other end of the
     * hub's live SA with another spoke (DevicesInOneSyslogTest), and a moment both log about each other tells them apart.
     */
    static final int SAME_MOMENT_SECONDS = 5;

    /** The times (seconds, {@link vpndoctor.parse.log.TimeWindow#seconds}) of the own lines of the ends in {@code named}. */
    private static Map<End, java.util.TreeSet<Long>> timesOf(List<LogEvent> events, List<LogEvent> read, List<End[]> named, Map<String, End> ends) {
        Map<End, java.util.TreeSet<Long>> out = new java.util.IdentityHashMap<>();
        for (End[] ab : named) for (End e : ab) out.put(e, new java.util.TreeSet<>());
        for (int i = 0, n = events.size(); i < n; i++) {
            LogEvent e = events.get(i);
            if (e != read.get(i) || e.getPeer() == null) continue;
            java.util.TreeSet<Long> t = out.get(ends.get(e.getTunnel()));
            if (t == null) continue;
            for (String time : new String[] {e.getFirstTime(), e.getLastTime()}) {
                long s = vpndoctor.parse.log.TimeWindow.seconds(time);
                if (s >= 0) t.add(s);
            }
        }
        return out;
    }

    /**
     * Whether a time of one set lies within {@link #SAME_MOMENT_SECONDS} of a time of the other. An end without a
     * clock time (uptime stamps, undated debug) cannot be placed in time: the unique, uncontradicted naming decides
     * alone, as it must for the same lines in whatever wrapper they come (WrappedLinesKeepTheirVerdictTest).
     */
    private static boolean sameMoment(java.util.TreeSet<Long> a, java.util.TreeSet<Long> b) {
        if (a == null || b == null) return false;
        if (a.isEmpty() || b.isEmpty()) return true;
        for (long t : a) {
            Long near = b.ceiling(t - SAME_MOMENT_SECONDS);
            if (near != null && near <= t + SAME_MOMENT_SECONDS) return true;
        }
        return false;
    }

    /** Stands for "more than one end" in the address maps. */
    private static final End SEVERAL = new End("", "");

    /** The own addresses each device or file gives on any of its tunnels. */
    private static Map<String, Set<String>> localsOfUnit(Map<String, End> ends) {
        Map<String, Set<String>> out = new HashMap<>();
        for (End e : ends.values()) {
            if (e.local == null) continue;
            for (String u : e.units()) out.computeIfAbsent(u, k -> new HashSet<>()).add(e.local);
        }
        return out;
    }

    /** Whether b's devices may own {@code address}: none of them gives own addresses, or they include it. */
    private static boolean unitsMayOwn(End b, String address, Map<String, Set<String>> localsOfUnit) {
        for (String u : b.units()) {
            Set<String> known = localsOfUnit.getOrDefault(u, Set.of());
            if (!known.isEmpty() && !known.contains(address)) return false;
        }
        return true;
    }

    private static void add(Map<String, End[]> pairs, TreeMap<String, TunnelEnds.Basis> basis, End a, End b, TunnelEnds.Basis how) {
        End first = a.name.compareTo(b.name) < 0 ? a : b, second = first == a ? b : a;
        if (pairs.putIfAbsent(first.name, new End[] {first, second}) == null) basis.put(first.name, how);
    }

    /** Our config's own address for a tunnel named by its peer: the tunnel source of a tunnel interface toward it, or the address of the interface its crypto map is applied to. */
    private static void addConfigLocals(Map<String, End> ends, List<Object> facts) {
        Map<String, String> addressOfIface = new HashMap<>();
        Map<String, Set<String>> ifacesOfMap = new HashMap<>();
        for (Object f : facts) {
            if (f instanceof NetInterface i && i.getSide() == Side.LOCAL && i.hasAddress()) {
                addressOfIface.put(i.getName(), i.getAddress());
                if (!i.getNameif().isEmpty()) addressOfIface.put(i.getNameif(), i.getAddress());
            } else if (f instanceof CryptoMapBinding b && b.getSide() == Side.LOCAL) {
                ifacesOfMap.computeIfAbsent(b.getMap(), m -> new HashSet<>()).add(b.getIface());
            }
        }
        for (Object f : facts) {
            if (f instanceof TunnelInterface t && t.getSide() == Side.LOCAL && Ip.isAddress(t.getSourceAddress())) {
                configLocal(ends, t.getFarEnd(), t.getSourceAddress(), t);
            } else if (f instanceof CryptoMapEntry c && c.getSide() == Side.LOCAL) {
                for (String iface : ifacesOfMap.getOrDefault(c.getMap(), Set.of())) {
                    String address = addressOfIface.get(iface);
                    if (address != null) for (String p : c.getPeers()) configLocal(ends, p, address, c);
                }
            }
        }
    }

    private static void configLocal(Map<String, End> ends, String peer, String local, vpndoctor.model.config.ConfigFact from) {
        End end = ends.get(peer); // our config's device keeps the plain peer name (DeviceTunnels)
        if (end != null && !local.equals(peer)) end.addLocal(local, from.getOrigins().isEmpty() ? null : from.getOrigins().get(0));
    }

    /** One line a side: the one that gave its own address, else one naming its peer. */
    private static List<Origin> lines(End e) {
        Origin o = e.localLine != null ? e.localLine : e.peerLine;
        return o == null ? List.of() : List.of(o);
    }

    private static List<Origin> concat(List<Origin> a, List<Origin> b) {
        List<Origin> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
