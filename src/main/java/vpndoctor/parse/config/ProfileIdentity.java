package vpndoctor.parse.config;

import vpndoctor.model.config.Ip;
import vpndoctor.model.config.NotUnderstood;

/**
 * One remote identity a profile matches, as "TYPE VALUE": IKEv2 "match identity remote address A [M]",
 * "fqdn [domain] X", "email [domain] X", "key-id X"; ISAKMP "match identity address A [M]", "host X"
 * (an FQDN), "user-fqdn X" (an email). Addresses become "address A/len".
 */
final class ProfileIdentity {
    private ProfileIdentity() {}

    static String remote(ConfigLine l, int i, ParseState st) {
        String type = l.kw(i);
        switch (type) {
            case "address", "ipv4-address", "ipv6-address" -> {
                String a = ParseState.word(l.tokens, i + 1, "address");
                if (a.indexOf('/') > 0) return "address " + st.address(a.substring(0, a.indexOf('/'))) + a.substring(a.indexOf('/'));
                String addr = st.address(a);
                String m = l.tok(i + 2);
                // "match identity remote address 0.0.0.0" (no mask) is IOS's way to match any address
                if (!Ip.isIpv4(m) && (addr.equals("0.0.0.0") || addr.equals("::"))) return "address " + addr + "/0";
                if (addr.indexOf(':') >= 0) return "address " + addr + "/128";
                return "address " + addr + "/" + (Ip.isIpv4(m) ? Ip.maskToPrefix(m) : 32);
            }
            case "fqdn", "email", "key-id", "host", "user-fqdn" -> {
                String t = type.equals("host") ? "fqdn" : type.equals("user-fqdn") ? "email" : type;
                if (l.is(i + 1, "domain")) return t + " domain " + ParseState.word(l.tokens, i + 2, "domain");
                return t + " " + ParseState.word(l.tokens, i + 1, type + " value");
            }
            case "any" -> { return "any"; }
            default -> throw new NotUnderstood("unknown remote identity type '" + type + "'");
        }
    }
}
