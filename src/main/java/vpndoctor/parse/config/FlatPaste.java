package vpndoctor.parse.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A config pasted flat: every line at column 0, as many write-ups and forum posts print a running config. The
 * sub-mode lines ("set peer", "encr aes", "mode transport") then looked like top-level lines, so a crypto map
 * entry read as empty (a healthy hub's pasted configs gave CRYPTO_MAP_INCOMPLETE 0.85) and an ISAKMP policy as
 * its defaults. A line at column 0 is read as a sub-line of the mode opened before it only when it is a command
 * of that mode and cannot be a global command: the table below is that closed list, mode by mode, so an
 * unknown line still stands alone.
 */
final class FlatPaste {
    private FlatPaste() {}

    /** A mode-opening line and the first words of the commands that mode accepts. */
    private record Mode(Pattern header, Pattern sub) {
        static Mode of(String header, String sub) {
            return new Mode(Pattern.compile("(?i)^" + header + "\\s*$"), Pattern.compile("(?i)^(?:" + sub + ")(?:\\s|$)"));
        }
    }

    private static final String INTERFACE_SUB = "ip address \\d\\S*|ip address (?:dhcp|pppoe)|pppoe client|ip (?:nhrp|mtu|tcp|ospf|virtual-reassembly|access-group"
            + "|redirects|unreachables|proxy-arp|helper-address|pim|policy|flow|vrf)|ip nat (?:inside|outside)$"
            + "|no (?:ip|shutdown|ipv6|cdp|keepalive|mop|nameif|security-level)|tunnel|nameif \\S+$|security-level \\d+$"
            + "|shutdown|crypto map \\S+$|ipv6 crypto map \\S+$|ipv6 (?:address|enable|nd|mtu|tcp|ospf|traffic-filter|nhrp|unnumbered)|description|negotiation|duplex|speed|bandwidth|keepalive"
            + "|vrf forwarding|encapsulation|standby|vrrp|load-interval|delay|mpls|service-policy|zone-member"
            + "|switchport|channel-group|management-only|media-type";

    private static final List<Mode> MODES = List.of(
            // IOS crypto map entry (ASA's one-line "crypto map M 10 set ..." carries its command on the line itself)
            Mode.of("crypto map \\S+ \\d+(?: ipsec-isakmp| ipsec-manual| gdoi)?", "set|match|reverse-route|description|qos"),
            Mode.of("crypto dynamic-map \\S+ \\d+", "set|match|reverse-route|description"),
            Mode.of("crypto (?:isakmp|ikev1) policy \\d+", "encr|encryption|hash|authentication|group|lifetime"),
            Mode.of("crypto ipsec transform-set \\S+ .+", "mode"),
            Mode.of("crypto ipsec profile \\S+", "set|description|responder-only"),
            Mode.of("crypto isakmp profile \\S+", "match|keyring|self-identity|vrf|initiate|local-address|ca|keepalive"
                    + "|virtual-template|description|isakmp|qos-group|accounting"),
            Mode.of("crypto keyring \\S+(?: vrf \\S+)?", "pre-shared-key|local-address|rsa-pubkey|description"),
            Mode.of("crypto ikev2 proposal \\S+", "encryption|integrity|group|prf"),
            Mode.of("crypto ikev2 policy \\S+", "proposal|match|encryption|integrity|group|prf|lifetime"),
            Mode.of("crypto ikev2 profile \\S+", "match|identity|authentication|keyring|lifetime|dpd|nat|ivrf"
                    + "|virtual-template|description|pki|aaa|config-exchange"),
            Mode.of("crypto ikev2 keyring \\S+", "peer|address|pre-shared-key|hostname|identity|description"),
            Mode.of("crypto ipsec ikev2 ipsec-proposal \\S+", "protocol"),
            Mode.of("tunnel-group \\S+ (?:ipsec|general)-attributes", "ikev1|ikev2|pre-shared-key|peer-id-validate|isakmp"
                    + "|default-group-policy|chain|trust-point|authentication-server-group|address-pool"),
            Mode.of("object-group (?:network|service|protocol) \\S+(?: \\S+)?", "network-object|group-object|description"
                    + "|service-object|port-object|protocol-object"),
            Mode.of("object (?:network|service) \\S+", "host|subnet|range|fqdn|description|service"),
            Mode.of("ip access-list (?:extended|standard) \\S+", "permit|deny|remark|\\d+ (?:permit|deny|remark)"),
            // PIX 6 "interface ethernet0 auto" opens no mode: its speed word keeps it out
            Mode.of("interface \\S+(?: \\d[\\d/.:]*)?", INTERFACE_SUB));

    /** The lines with every flat sub-line marked as the sub-line it is (text, number and origin unchanged). */
    static List<ConfigLine> reindent(List<ConfigLine> lines) {
        List<ConfigLine> out = null;
        Mode open = null;
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            if (l.indented) { open = null; continue; } // an indented block: its writer kept the structure, nothing to mend
            if (l.isComment() || l.is(0, "exit") || l.is(0, "end")) { open = null; continue; }
            String t = l.text.trim();
            if (open != null && open.sub.matcher(t).lookingAt() && !opener(t)) {
                if (out == null) out = new ArrayList<>(lines);
                out.set(i, l.asSubLine());
                continue;
            }
            open = modeOf(t);
        }
        return out == null ? lines : out;
    }

    private static boolean opener(String t) { return modeOf(t) != null; }

    private static Mode modeOf(String t) {
        char c = t.isEmpty() ? ' ' : Character.toLowerCase(t.charAt(0));
        if (c != 'c' && c != 'i' && c != 'o' && c != 't') return null; // crypto, interface, ip, object, tunnel-group
        for (Mode m : MODES) if (m.header.matcher(t).matches()) return m;
        return null;
    }
}
