package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.TestDoctor;
import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.TransformSet;
import vpndoctor.result.Diagnosis;

/**
 * Configs pasted flat (every line at column 0): sub-mode lines belong to the mode opened before them when they are
 * commands of that mode; a global line still stands alone. Before, a flat crypto map entry read as empty and a flat
 * ISAKMP policy as its defaults (a healthy hub's pasted pair gave CRYPTO_MAP_INCOMPLETE 0.85).
 */
class FlatPasteTest {
    @Test void flatIosModesReadTheirSubLines() {
        ParsedConfig p = Cfg.parse("hostname r1", "crypto isakmp policy 10", "encr aes 256", "hash sha256", "authentication pre-share",
                "group 14", "crypto isakmp key k1 address 192.0.2.1", "crypto ipsec transform-set TS esp-aes esp-sha-hmac",
                "mode transport", "crypto map M 10 ipsec-isakmp", "set peer 192.0.2.1", "set transform-set TS", "match address 101",
                "interface GigabitEthernet0/0", "ip address 198.51.100.1 255.255.255.0", "crypto map M",
                "access-list 101 permit ip 10.0.0.0 0.0.0.255 10.1.0.0 0.0.0.255");
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getPeers()).containsExactly("192.0.2.1");
        assertThat(e.getMatchAcl()).isEqualTo("101");
        assertThat(e.isComplete()).isTrue();
        IsakmpPolicy pol = Cfg.one(p, IsakmpPolicy.class);
        assertThat(pol.getEncryption()).startsWith("aes");
        assertThat(pol.getGroup()).isEqualTo(14);
        assertThat(pol.getDefaulted()).containsExactly("lifetime");
        assertThat(Cfg.one(p, TransformSet.class).getMode()).isEqualTo("transport");
        assertThat(Cfg.one(p, CryptoMapBinding.class).getIface()).isEqualTo("GigabitEthernet0/0");
        assertThat(p.factsOf(NetInterface.class)).anySatisfy(i -> assertThat(i.getAddress()).isEqualTo("198.51.100.1"));
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void globalLinesAfterAFlatModeStayGlobal() {
        // the key and the ACL follow a mode's sub-lines at column 0: they are not commands of that mode
        ParsedConfig p = Cfg.parse("crypto isakmp policy 10", "encr 3des", "crypto isakmp key k1 address 192.0.2.1",
                "crypto map M 10 ipsec-isakmp", "set peer 192.0.2.1", "access-list 101 permit ip any any", "set transform-set TS");
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getPeers()).containsExactly("192.0.2.1");
        assertThat(e.getTransformSets()).as("a set line after a global line opens no mode again").isEmpty();
    }

    @Test void anIndentedBlockIsNotMendedAndGlobalIpv6LinesStayGlobal() {
        // the interface's own lines are indented: the column-0 ACL after it is global (it was taken as an interface line)
        ParsedConfig p = Cfg.parse("version 16.9", "interface GigabitEthernet0/0", " ipv6 address 2001:DB8:50::1/64",
                "ipv6 access-list V6", " sequence 10 permit ipv6 2001:DB8:A50::/48 2001:DB8:B50::/48");
        assertThat(p.factsOf(vpndoctor.model.config.AclEntry.class)).hasSize(1);
        ParsedConfig flat = Cfg.parse("version 16.9", "interface GigabitEthernet0/0", "ipv6 address 2001:DB8:50::1/64",
                "ipv6 access-list V6", " sequence 10 permit ipv6 2001:DB8:A50::/48 2001:DB8:B50::/48");
        assertThat(flat.factsOf(vpndoctor.model.config.AclEntry.class)).hasSize(1);
        assertThat(Cfg.one(flat, NetInterface.class).getAddress()).isEqualTo("2001:db8:50::1");
    }

    @Test void pixSixInterfaceLineOpensNoMode() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(5)", "interface ethernet0 auto", "nameif ethernet0 outside security0",
                "ip address outside 203.0.113.2 255.255.255.0");
        assertThat(p.factsOf(NetInterface.class)).anySatisfy(i -> {
            assertThat(i.getNameif()).isEqualTo("outside");
            assertThat(i.getAddress()).isEqualTo("203.0.113.2");
        });
    }

    @Test void flatAsaPppoeAndDhcpClientInterfacesKeepTheirLines() {
        // an ASA on PPPoE: 'pppoe client vpdn group G' sat between nameif and the address and closed the mode, so the
        // static 'ip address A M pppoe' became a global line and the outside interface had no address (the real
        // asa-pppoe-initiator case: the configs could not be paired)
        ParsedConfig p = Cfg.parse("interface GigabitEthernet0/0", "nameif outside", "security-level 0",
                "pppoe client vpdn group ISP", "ip address 203.0.113.53 255.255.255.255 pppoe", "interface GigabitEthernet0/1",
                "nameif inside", "ip address dhcp setroute", "security-level 100", "crypto isakmp enable outside");
        assertThat(p.factsOf(NetInterface.class)).anySatisfy(i -> {
            assertThat(i.getNameif()).isEqualTo("outside");
            assertThat(i.getAddress()).isEqualTo("203.0.113.53");
        }).anySatisfy(i -> {
            assertThat(i.getNameif()).isEqualTo("inside");
            assertThat(i.getSecurityLevel()).isEqualTo(100);
        });
    }

    @Test void aFlatHealthyPairIsHealthyAndItsNeighboursKeepTheirFaults() {
        Diagnosis healthy = TestDoctor.diagnoseSample("590-ios-flat-pasted-configs-healthy-crypto-map");
        assertThat(healthy.rootCauses()).isEmpty();
        Diagnosis noPeer = TestDoctor.diagnoseSample("591-ios-flat-pasted-config-crypto-map-without-peer");
        assertThat(noPeer.rootCauseIds()).containsExactly("CRYPTO_MAP_INCOMPLETE");
        Diagnosis policy = TestDoctor.diagnoseSample("592-ios-flat-pasted-configs-isakmp-encryption-differs");
        assertThat(policy.rootCauseIds()).containsExactly("IKE_POLICY_MISMATCH");
    }
}
