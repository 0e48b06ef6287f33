package vpndoctor.parse.config;

import vpndoctor.model.config.NotUnderstood;
import java.util.List;
import java.util.Map;

import vpndoctor.model.config.Net;
import vpndoctor.model.config.Ip;
import vpndoctor.model.config.PortMatch;

/**
 * Reads the address and port parts of an ACL line. PIX/ASA write subnet masks, IOS writes
 * wildcards; the caller says which, since "0.0.0.255" is a fine wildcard and a broken mask.
 */
final class AclAddress {
    /** One side of an ACL line: either inline networks or a reference to a group/object. */
    record Spec(List<ObjectTable.Member> members, String group, boolean hostForm, int next) {}

    private static final Map<String, Integer> PORT_NAMES = Map.ofEntries(
            Map.entry("ftp-data", 20), Map.entry("ftp", 21), Map.entry("ssh", 22), Map.entry("telnet", 23),
            Map.entry("smtp", 25), Map.entry("domain", 53), Map.entry("bootps", 67), Map.entry("bootpc", 68),
            Map.entry("tftp", 69), Map.entry("www", 80), Map.entry("http", 80), Map.entry("pop3", 110),
            Map.entry("ntp", 123), Map.entry("netbios-ns", 137), Map.entry("netbios-dgm", 138), Map.entry("netbios-ssn", 139),
            Map.entry("imap4", 143), Map.entry("snmp", 161), Map.entry("snmptrap", 162), Map.entry("ldap", 389),
            Map.entry("https", 443), Map.entry("isakmp", 500), Map.entry("syslog", 514), Map.entry("sqlnet", 1521),
            Map.entry("citrix-ica", 1494), Map.entry("h323", 1720), Map.entry("pptp", 1723), Map.entry("radius", 1645),
            Map.entry("non500-isakmp", 4500), Map.entry("sip", 5060));

    private AclAddress() {}

    static Spec address(ConfigLine l, int i, boolean wildcard, boolean standard, ParseState st) {
        String k = l.kw(i);
        switch (k) {
            case "any", "any4" -> { return inline(Net.ANY, false, l, i + 1); }
            case "host" -> { return inline(Net.host(st.address(l.tok(i + 1))), true, l, i + 2); }
            case "object-group" -> { return new Spec(st.objects.expandGroup(l.tok(i + 1), st), l.tok(i + 1), false, i + 2); }
            case "object" -> {
                List<ObjectTable.Member> m = st.objects.expandObject(l.tok(i + 1));
                return new Spec(m, l.tok(i + 1), !m.isEmpty() && m.get(0).host(), i + 2);
            }
            case "interface" -> throw new NotUnderstood("'interface " + l.tok(i + 1) + "' as an ACL address is not analysed");
            case "any6" -> { return inline(Net.ANY6, false, l, i + 1); }
            default -> { }
        }
        if (k.isEmpty()) throw new NotUnderstood("ACL line ends where an address was expected");
        // IPv6 entries (and IOS/ASA prefix forms) write "2001:db8:1::/48": the prefix length is in the token
        if (l.tok(i).indexOf('/') > 0) {
            String t = l.tok(i);
            return inline(Net.parse(st.address(t.substring(0, t.indexOf('/'))) + t.substring(t.indexOf('/'))), false, l, i + 1);
        }
        String addr = st.address(l.tok(i));
        String next = l.tok(i + 1);
        // IOS standard ACLs allow a bare address for a single host ("access-list 10 permit 10.1.1.1").
        if (standard && wildcard && !Ip.isIpv4(next) && !next.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            return inline(Net.host(addr), false, l, i + 1);
        }
        if (next.isEmpty()) throw new NotUnderstood("address " + addr + " without a mask");
        return inline(Ip.net(addr, next, wildcard), false, l, i + 2);
    }

    private static Spec inline(Net n, boolean host, ConfigLine l, int next) {
        return new Spec(List.of(new ObjectTable.Member(n, host, List.of(), List.of())), "", host, next);
    }

    /** A port qualifier at position i (or ANY without consuming); returns match and next index via holder. */
    static PortMatch port(ConfigLine l, int[] pos, ParseState st) {
        int i = pos[0];
        String k = l.kw(i);
        switch (k) {
            case "eq", "neq", "lt", "gt" -> {
                int p = portNumber(l.tok(i + 1));
                pos[0] = i + 2;
                return new PortMatch(k, p, p, k + " " + l.tok(i + 1));
            }
            case "range" -> {
                int a = portNumber(l.tok(i + 1));
                int b = portNumber(l.tok(i + 2));
                pos[0] = i + 3;
                return new PortMatch("range", a, b, "range " + l.tok(i + 1) + " " + l.tok(i + 2));
            }
            case "object-group" -> {
                if (!st.objects.isServiceGroup(l.tok(i + 1))) return PortMatch.ANY;
                pos[0] = i + 2;
                return new PortMatch("object-group", -1, -1, "object-group " + l.tok(i + 1));
            }
            default -> { return PortMatch.ANY; }
        }
    }

    private static int portNumber(String token) {
        if (token.matches("\\d+")) {
            int p = token.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(token);
            if (p > 65535) throw new NotUnderstood("port " + token + " > 65535");
            return p;
        }
        if (token.isEmpty()) throw new NotUnderstood("port missing");
        return PORT_NAMES.getOrDefault(token.toLowerCase(), -1);
    }
}
