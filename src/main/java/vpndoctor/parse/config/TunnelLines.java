package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vpndoctor.model.config.Ip;
import vpndoctor.model.config.NhrpNhs;
import vpndoctor.model.config.TunnelInterface;

/**
 * The tunnel sub-lines of an IOS/IOS-XE or ASA "interface TunnelN": tunnel source / destination /
 * mode / protection / key and the DMVPN NHRP lines. InterfaceLines hands them over one by one and
 * calls emit() once every interface is read (a source may name an interface defined further down).
 */
final class TunnelLines {
    private String source = "";
    private String destination = "";
    private String mode = "";
    private String profile = "";
    private String key = "";
    private String networkId = "";
    private String authDigest = "";
    private String nbma = "";
    private final List<ConfigLine> lines = new ArrayList<>();
    /** "ip nhrp nhs" lines, and the "ip nhrp map X Y" lines by overlay address X (the NHS's NBMA when X is one). */
    private final List<ConfigLine> nhsLines = new ArrayList<>();
    private final Map<String, ConfigLine> maps = new HashMap<>();

    TunnelLines(ConfigLine header) { lines.add(header); }

    /** Reads one line; false when the line is a tunnel or NHRP setting the diagnosis does not need. */
    boolean line(ConfigLine c, ParseState st) {
        if (c.starts("tunnel", "source")) {
            // ASA: "tunnel source interface outside"; IOS: "tunnel source GigabitEthernet0/0" or an address
            source = c.is(2, "interface") ? ParseState.word(c.tokens, 3, "interface name") : ParseState.word(c.tokens, 2, "interface or address");
        } else if (c.starts("tunnel", "destination")) {
            String d = ParseState.word(c.tokens, 2, "destination address");
            destination = d.matches("[\\d.:a-fA-F]+") && d.matches(".*[.:].*") ? st.address(d) : d; // IOS-XE also takes a host name
        } else if (c.starts("tunnel", "mode")) {
            mode = String.join(" ", c.from(2)).toLowerCase(java.util.Locale.ROOT);
            if (mode.isEmpty()) throw new NotUnderstood("tunnel mode without a mode");
        } else if (c.starts("tunnel", "protection", "ipsec", "profile")) {
            profile = ParseState.word(c.tokens, 4, "ipsec profile name");
        } else if (c.starts("tunnel", "vrf") && c.size() == 3) {
            st.add(new vpndoctor.model.config.FrontDoorVrf(st.nextId(), st.side, java.util.List.of(c.origin), lines.get(0).tok(1), c.tok(2)));
        } else if (c.starts("tunnel", "key")) {
            key = ParseState.word(c.tokens, 2, "tunnel key");
        } else if (c.starts("ip", "nhrp", "network-id")) {
            networkId = ParseState.word(c.tokens, 3, "network id");
        } else if (c.starts("ip", "nhrp", "authentication")) {
            if (c.keyDigest == null) throw new NotUnderstood("nhrp authentication line not understood");
            authDigest = c.keyDigest;
        } else if (c.starts("ip", "nhrp", "nhs") && c.indexOf("nbma") > 0) {
            // "ip nhrp nhs 10.0.0.1 nbma 192.0.2.1 [multicast]" / "ip nhrp nhs dynamic nbma 192.0.2.1"
            if (nbma.isEmpty()) nbma = nbmaAddress(ParseState.word(c.tokens, c.indexOf("nbma") + 1, "NBMA address"), st);
            nhsLines.add(c);
        } else if (c.starts("ip", "nhrp", "nhs") && c.size() >= 4 && Ip.isAddress(c.tok(3))) {
            // "ip nhrp nhs 10.0.0.1 [priority N] [cluster N]": the NHS by its tunnel address; its NBMA comes from an 'ip nhrp map'
            nhsLines.add(c);
        } else if (c.starts("ip", "nhrp", "map") && !c.is(3, "multicast") && c.size() >= 5) {
            // "ip nhrp map 10.0.0.1 192.0.2.1": tunnel address, NBMA address
            if (nbma.isEmpty()) nbma = nbmaAddress(c.tok(4), st);
            if (Ip.isAddress(c.tok(3))) maps.putIfAbsent(st.address(c.tok(3)), c);
        } else {
            return false; // tunnel path-mtu-discovery, ip nhrp holdtime / redirect / shortcut / map multicast ...
        }
        lines.add(c);
        st.used(c);
        return true;
    }

    /** One NhrpNhs per "ip nhrp nhs" line: its NBMA from the line, else from the interface's "ip nhrp map" for that address. */
    private void emitNhs(String iface, ParseState st) {
        for (ConfigLine c : nhsLines) {
            int n = c.indexOf("nbma");
            String nhs = Ip.isAddress(c.tok(3)) ? st.address(c.tok(3)) : c.kw(3);
            ConfigLine map = n > 0 ? null : maps.get(nhs);
            String where = n > 0 ? nbmaAddress(c.tok(n + 1), st) : map != null ? nbmaAddress(map.tok(4), st) : "";
            List<vpndoctor.model.Origin> origins = map == null ? List.of(c.origin) : List.of(c.origin, map.origin);
            st.add(new NhrpNhs(st.nextId(), st.side, origins, iface, nhs, where));
        }
    }

    private static String nbmaAddress(String token, ParseState st) {
        return token.matches("[\\d.:a-fA-F]+") && token.matches(".*[.:].*") ? st.address(token) : token;
    }

    /** "gre" for every GRE mode (the IOS default when no mode is set), "ipsec" for ipsec ipv4/ipv6. */
    private String family() {
        if (mode.isEmpty() || mode.startsWith("gre")) return "gre";
        if (mode.startsWith("ipsec")) return "ipsec";
        return mode;
    }

    private boolean multipoint() { return mode.equals("gre multipoint"); }

    /** A tunnel with neither a tunnel line that makes it one nor a source: an NHRP leftover, not a tunnel. */
    private boolean isTunnel() { return !source.isEmpty() || !destination.isEmpty() || !profile.isEmpty(); }

    /**
     * Emits one TunnelInterface per tunnel. A profile (or mode) is "shared" when another tunnel of this
     * device uses it too, or when the tunnel is a multipoint hub (no destination, no NHS): then it is the
     * device's policy for many peers, and a peer that differs from it is the one to change.
     */
    static void emit(Map<String, TunnelLines> tunnels, UnaryOperator<String> interfaceAddress, ParseState st) {
        Map<String, Integer> profiles = new HashMap<>();
        Map<String, Integer> modes = new HashMap<>();
        for (TunnelLines t : tunnels.values()) {
            if (!t.isTunnel()) continue;
            if (!t.profile.isEmpty()) profiles.merge(t.profile, 1, Integer::sum);
            modes.merge(t.family(), 1, Integer::sum);
        }
        for (Map.Entry<String, TunnelLines> e : tunnels.entrySet()) {
            TunnelLines t = e.getValue();
            if (!t.isTunnel()) continue;
            String src = t.source.matches("[\\d.:a-fA-F]+") && t.source.matches(".*[.:].*") ? t.source : interfaceAddress.apply(t.source);
            String far = !t.destination.isEmpty() ? t.destination : t.nbma;
            // a tunnel that names a next hop server is a spoke, even when nothing gives that server's NBMA address
            boolean hub = t.multipoint() && far.isEmpty() && t.nhsLines.isEmpty();
            boolean profileShared = hub || (!t.profile.isEmpty() && profiles.get(t.profile) > 1);
            boolean modeShared = hub || modes.get(t.family()) > 1;
            st.add(new TunnelInterface(st.nextId(), st.side, ParseState.origins(t.lines), e.getKey(), src, t.destination, far,
                    t.family(), t.profile, t.networkId, t.authDigest, t.key, t.multipoint(), profileShared, modeShared));
            t.emitNhs(e.getKey(), st);
        }
    }
}
