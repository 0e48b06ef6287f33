package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.List;

import vpndoctor.model.config.Net;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.StaticRoute;
import vpndoctor.model.config.TcpMssSetting;
import vpndoctor.model.config.ComplianceShieldDisabled;

/**
 * Device-wide lines: hostname, PIX "name" aliases, static routes, "sysopt connection ...", IOS XE
 * "crypto engine compliance shield disable".
 * Hostname and version are read by the reader for DeviceInfo; here they are only marked used.
 */
final class SystemLines implements TopicParser {
    String hostname = "";
    ConfigLine hostnameLine;

    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("hostname") && h.size() == 2) { hostname = h.tok(1); hostnameLine = h; st.used(h); return true; }
        if (h.starts("names") && h.size() == 1) { st.used(h); return true; }
        if (h.starts("name") && h.size() >= 3) {
            st.guard(h, l -> { st.names.put(l.tok(2), st.address(l.tok(1))); st.used(l); });
            return true;
        }
        if (h.starts("route") && h.size() >= 5) { // PIX/ASA "route outside 0.0.0.0 0.0.0.0 1.2.3.1 [metric]"
            st.guard(h, l -> {
                Net n = Ip.net(st.address(l.tok(2)), l.tok(3), false);
                st.add(new StaticRoute(st.nextId(), st.side, List.of(l.origin), n, st.address(l.tok(4)), l.tok(1)));
                st.used(l);
            });
            return true;
        }
        if (h.starts("ip", "route") && h.size() >= 5) { // IOS "ip route NET MASK (GW | IFACE [GW]) [distance] [name N] [permanent]"
            st.guard(h, l -> iosRoute(l, st));
            return true;
        }
        if (h.starts("crypto", "engine", "compliance") && h.size() == 5 && h.is(3, "shield") && h.is(4, "disable")) {
            st.add(new ComplianceShieldDisabled(st.nextId(), st.side, List.of(h.origin)));
            st.used(h);
            return true;
        }
        if (h.starts("sysopt", "connection")) {
            st.guard(h, l -> {
                if (l.is(2, "tcpmss") && !l.is(3, "minimum")) {
                    st.add(new TcpMssSetting(st.nextId(), st.side, List.of(l.origin), ParseState.integer(l.tok(3), "MSS"), ""));
                }
                st.used(l); // permit-ipsec / permit-vpn / tcpmss minimum: understood
            });
            return true;
        }
        return false;
    }

    private void iosRoute(ConfigLine l, ParseState st) {
        if (l.is(2, "vrf")) throw new NotUnderstood("VRF routes are not analysed");
        Net n = Ip.net(st.address(l.tok(2)), l.tok(3), false);
        String gw = "";
        String iface = "";
        if (l.tok(4).matches("[\\d.]+")) gw = st.address(l.tok(4));
        else {
            iface = l.tok(4);
            if (l.tok(5).matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) gw = st.address(l.tok(5));
        }
        st.add(new StaticRoute(st.nextId(), st.side, List.of(l.origin), n, gw, iface));
        st.used(l);
    }
}
