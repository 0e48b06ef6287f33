package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.config.Ip;

/**
 * Lines of the other side's gateway pasted into the evidence (reportedBy=peer: Check Point, Nokia, VPN 3000)
 * name addresses of that gateway's view: the peer it names is us. Such a line belongs to the tunnel of ours
 * whose addresses it names (our peer, or our own address for that peer), not to the address it calls its
 * peer, and not to a tunnel it does not name. What our side's lines do not tell stays as the parser read it.
 */
final class PeerSideLines {
    private PeerSideLines() {}

    /** The events with the peer-side lines placed; {@code aboutAnotherPair} receives the events that name only other gateways. */
    static List<LogEvent> place(List<LogEvent> events, Set<String> configPeers, Set<String> ourConfigAddresses, Set<LogEvent> aboutAnotherPair) {
        Map<String, Set<String>> oursByPeer = new HashMap<>();
        Set<String> ours = new HashSet<>(ourConfigAddresses);
        boolean any = false;
        for (LogEvent e : events) {
            if (isPeerSide(e)) {
                any = true;
            } else if (e.getPeer() != null) {
                Set<String> locals = oursByPeer.computeIfAbsent(e.getPeer(), p -> new HashSet<>());
                if (e.getLocal() != null) {
                    locals.add(e.getLocal());
                    ours.add(e.getLocal());
                }
            }
        }
        if (!any) return events;
        if (oursByPeer.isEmpty()) for (String p : configPeers) oursByPeer.put(p, new HashSet<>(ourConfigAddresses));
        List<LogEvent> out = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            if (!isPeerSide(e)) {
                out.add(e);
                continue;
            }
            Set<String> named = namedAddresses(e);
            Set<String> tunnels = new LinkedHashSet<>();
            oursByPeer.forEach((peer, locals) -> {
                if (named.contains(peer) || locals.stream().anyMatch(named::contains)) tunnels.add(peer);
            });
            boolean namesUs = named.stream().anyMatch(ours::contains);
            if (tunnels.size() == 1) {
                out.add(sameOrAbout(e, tunnels.iterator().next()));
            } else if (namesUs && oursByPeer.size() == 1) {
                out.add(sameOrAbout(e, oursByPeer.keySet().iterator().next()));
            } else if (namesUs) {
                out.add(sameOrAbout(e, null)); // our address, but several tunnels could be meant
            } else {
                if (!named.isEmpty() && !ours.isEmpty() && !oursByPeer.isEmpty()) aboutAnotherPair.add(e);
                out.add(e);
            }
        }
        return out;
    }

    static boolean isPeerSide(LogEvent e) {
        return "peer".equals(e.attr("reportedBy"));
    }

    private static LogEvent sameOrAbout(LogEvent e, String peer) {
        return java.util.Objects.equals(e.getPeer(), peer) ? e : e.withPeer(peer);
    }

    /** The addresses written on the event's lines, and the peer the parser read from them. */
    private static Set<String> namedAddresses(LogEvent e) {
        Set<String> named = new HashSet<>();
        if (e.getPeer() != null) named.add(e.getPeer());
        for (Origin o : e.getOrigins()) {
            String text = o.getText();
            int i = 0, n = text.length();
            while (i < n) {
                int j = i;
                while (j < n && isAddressChar(text.charAt(j))) j++;
                if (j > i) {
                    String token = trimDots(text.substring(i, j));
                    if (Ip.looksLikeAddress(token) && Ip.isAddress(token)) named.add(Ip.canonical(token));
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return named;
    }

    private static boolean isAddressChar(char c) {
        return c == '.' || c == ':' || Character.digit(c, 16) >= 0;
    }

    private static String trimDots(String s) {
        int a = 0, b = s.length();
        while (a < b && (s.charAt(a) == '.' || s.charAt(a) == ':')) a++;
        while (b > a && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == ':')) b--;
        return s.substring(a, b);
    }
}
