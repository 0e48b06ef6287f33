package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.TcpMssSetting;

/**
 * Interfaces in all three dialects. PIX 6 spreads one interface over three lines that name it two
 * ways ("interface ethernet0 auto", "nameif ethernet0 outside security0", "ip address outside A M"),
 * so interfaces are assembled by hardware name and nameif and emitted in finish(). IOS sub-lines
 * " crypto map M" and " ip tcp adjust-mss N" become CryptoMapBinding / TcpMssSetting right away.
 */
final class InterfaceLines implements TopicParser {
    private static final class Builder {
        final String name;
        String nameif = "";
        String address = "";
        String mask = "";
        int security = -1;
        boolean shutdown;
        final List<ConfigLine> lines = new ArrayList<>();
        /** The tunnel lines of an "interface TunnelN" (null for other interfaces). */
        TunnelLines tunnel;
        Builder(String name) { this.name = name; }
    }

    private final Map<String, Builder> byName = new LinkedHashMap<>();
    /** PIX "ip address outside A M" lines, resolved to a hardware name once all nameif lines are read. */
    private final List<ConfigLine> pixAddresses = new ArrayList<>();

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("interface") && h.size() >= 2) {
            Builder ifc = byName.computeIfAbsent(h.tok(1), Builder::new);
            ifc.lines.add(h);
            if (h.from(2).stream().anyMatch(t -> t.equalsIgnoreCase("shutdown"))) ifc.shutdown = true; // PIX "interface ethernet2 auto shutdown"
            st.used(h);
            for (ConfigLine c : b.children) st.guard(c, l -> child(ifc, l, st));
            return true;
        }
        if (h.starts("nameif") && h.size() >= 3) { // PIX 6: "nameif ethernet0 outside security0"
            st.guard(h, l -> {
                Builder ifc = byName.computeIfAbsent(l.tok(1), Builder::new);
                ifc.nameif = l.tok(2);
                if (l.kw(3).startsWith("security")) ifc.security = ParseState.integer(l.kw(3).substring(8), "security level");
                ifc.lines.add(l);
                st.used(l);
            });
            return true;
        }
        if (h.starts("ip", "address") && h.size() >= 4 && !h.tok(2).matches("[\\d.]+")) { // PIX 6 "ip address outside A M"
            pixAddresses.add(h);
            st.used(h);
            return true;
        }
        return false;
    }

    private void child(Builder ifc, ConfigLine c, ParseState st) {
        if (c.starts("nameif")) { ifc.nameif = c.tok(1); ifc.lines.add(c); }
        else if (c.starts("security-level")) { ifc.security = ParseState.integer(c.tok(1), "security level"); ifc.lines.add(c); }
        else if (c.starts("ip", "address") && c.tok(2).matches("[\\d.]+") && !c.is(4, "secondary")) {
            st.address(c.tok(2));
            vpndoctor.model.config.Ip.maskToPrefix(c.tok(3));
            ifc.address = c.tok(2);
            ifc.mask = c.tok(3);
            ifc.lines.add(c);
        } else if (c.starts("ipv6", "address") && c.tok(2).indexOf('/') > 0 && (ifc.address == null || ifc.address.isEmpty())) {
            // an IPv6-only interface (IKEv2 over IPv6): its address is the local peer; mask kept as "/len"
            String t = c.tok(2);
            vpndoctor.model.config.Net.parse(t);
            ifc.address = st.address(t.substring(0, t.indexOf('/')));
            ifc.mask = t.substring(t.indexOf('/'));
            ifc.lines.add(c);
        } else if (c.starts("shutdown")) { ifc.shutdown = true; ifc.lines.add(c); }
        else if (c.starts("tunnel") || c.starts("ip", "nhrp")) {
            if (ifc.tunnel == null) ifc.tunnel = new TunnelLines(ifc.lines.get(0));
            if (!ifc.tunnel.line(c, st)) { st.ignored(c); return; }
        }
        else if (c.starts("crypto", "map") || c.starts("ipv6", "crypto", "map")) {
            st.add(new CryptoMapBinding(st.nextId(), st.side, List.of(c.origin), c.tok(c.is(0, "ipv6") ? 3 : 2), ifc.name));
        } else if (c.starts("ip", "tcp", "adjust-mss")) {
            st.add(new TcpMssSetting(st.nextId(), st.side, List.of(c.origin), ParseState.integer(c.tok(3), "MSS"), ifc.name));
        } else {
            st.ignored(c); // speed, duplex, description, ip nat inside/outside, ...: not needed
            return;
        }
        st.used(c);
    }

    @Override public void finish(ParseState st) {
        for (ConfigLine l : pixAddresses) {
            st.guard(l, a -> {
                Builder ifc = byName.values().stream().filter(x -> x.nameif.equals(a.tok(2))).findFirst()
                        .orElseThrow(() -> new NotUnderstood("ip address for unknown interface " + a.tok(2)));
                if (a.is(3, "dhcp") || a.is(3, "pppoe")) { ifc.lines.add(a); return; }
                st.address(a.tok(3));
                vpndoctor.model.config.Ip.maskToPrefix(a.tok(4));
                ifc.address = a.tok(3);
                ifc.mask = a.tok(4);
                ifc.lines.add(a);
            });
        }
        for (Builder b : byName.values()) {
            st.add(new NetInterface(st.nextId(), st.side, ParseState.origins(b.lines), b.name, b.nameif, b.address, b.mask,
                    b.security, b.shutdown));
        }
        TunnelLines.emit(tunnels(), this::addressOf, st);
    }

    private Map<String, TunnelLines> tunnels() {
        Map<String, TunnelLines> out = new LinkedHashMap<>();
        for (Builder b : byName.values()) if (b.tunnel != null && !b.shutdown) out.put(b.name, b.tunnel);
        return out;
    }

    /** The address of an interface named by its hardware name (any case) or, on the ASA, its nameif; "" when unknown. */
    private String addressOf(String name) {
        for (Builder b : byName.values()) {
            if (b.name.equalsIgnoreCase(name) || (!b.nameif.isEmpty() && b.nameif.equals(name))) return b.address;
        }
        return "";
    }
}
