package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.Side;

/**
 * A config copied from a web page carries non-breaking spaces where the device printed spaces (a blog's
 * "deny&lt;NBSP&gt;ip ..." under a NAT ACL, "pre-shared-key&lt;NBSP&gt;key", NBSP indentation): read as the device's
 * spaces, the config gives the facts of its plain copy. Before, the ACL line was unparsed ("not an IP address: ip")
 * and the tunnel group lost its key.
 */
class PastedSpacesTest {
    private static final String NBSP = "\u00A0";

    private static List<String> facts(ParsedConfig p) {
        return p.facts().stream().map(f -> f instanceof vpndoctor.model.Traceable t ? t.describe() : String.valueOf(f)).sorted().toList();
    }

    private static void sameAsPlain(Side side, String... lines) {
        String[] plain = new String[lines.length];
        for (int i = 0; i < lines.length; i++) plain[i] = lines[i].replace(NBSP, " ").replace("\u202F", " ");
        ParsedConfig pasted = Cfg.parse(side, lines), clean = Cfg.parse(side, plain);
        assertThat(pasted.unparsed()).isEmpty();
        assertThat(facts(pasted)).isEqualTo(facts(clean));
    }

    @Test
    void anIosNatAclWithNonBreakingSpacesReadsAsItsPlainCopy() {
        sameAsPlain(Side.LOCAL, "hostname red", "ip access-list extended ACL-NAT",
                " deny" + NBSP + "ip 172.16.22.0 0.0.0.255 192.168.11.0 0.0.0.255",
                NBSP + "permit ip 172.16.22.0 0.0.0.255 any",
                "interface GigabitEthernet0/0", " ip address 198.51.100.1 255.255.255.0", " ip nat outside",
                "ip nat inside source list ACL-NAT interface GigabitEthernet0/0 overload");
    }

    @Test
    void anAsaTunnelGroupKeepsAKeyAfterANarrowNoBreakSpace() {
        sameAsPlain(Side.PEER, "hostname static-asa", "tunnel-group DefaultL2LGroup ipsec-attributes",
                " pre-shared-key" + NBSP + "sekretk3y", "tunnel-group 203.0.113.9 type ipsec-l2l",
                "tunnel-group 203.0.113.9 ipsec-attributes", "\u202Fikev1 pre-shared-key other-key");
    }
}
