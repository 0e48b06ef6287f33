package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.CryptoMapBinding;
import vpndoctor.model.config.CryptoMapEntry;
import vpndoctor.model.config.NetInterface;
import vpndoctor.model.config.PresharedKey;

/** IKEv2 over IPv6: peers, keys, ACLs and objects written with IPv6 addresses are read, not refused. */
class Ipv6ConfigTest {
    @Test void iosCryptoMapForIpv6PeersWithItsAclKeyringAndInterface() {
        ParsedConfig p = Cfg.parse("version 16.9", "hostname r1",
                "crypto ikev2 keyring KR", " peer P", "  address 2001:DB8:150::1/128", "  pre-shared-key K1",
                "crypto map ipv6 CMAP 10 ipsec-isakmp", " set peer 2001:DB8:150::1", " set transform-set TS", " match address V6",
                "interface GigabitEthernet0/0", " ipv6 address 2001:DB8:50::1/64", " ipv6 crypto map CMAP",
                "ipv6 access-list V6", " sequence 10 permit ipv6 2001:DB8:A50::/48 2001:DB8:B50::/48");
        assertThat(p.unparsed()).isEmpty();
        CryptoMapEntry e = Cfg.one(p, CryptoMapEntry.class);
        assertThat(e.getMap()).isEqualTo("CMAP");
        assertThat(e.getPeers()).containsExactly("2001:db8:150::1");
        assertThat(Cfg.one(p, PresharedKey.class).appliesTo("2001:db8:150::1")).isTrue();
        assertThat(Cfg.one(p, PresharedKey.class).appliesTo("2001:db8:150::2")).isFalse();
        assertThat(Cfg.one(p, CryptoMapBinding.class).getMap()).isEqualTo("CMAP");
        assertThat(Cfg.one(p, NetInterface.class).getAddress()).isEqualTo("2001:db8:50::1");
        AclEntry a = Cfg.one(p, AclEntry.class);
        assertThat(a.getSource()).hasToString("2001:db8:a50::/48");
        assertThat(a.getDestination()).hasToString("2001:db8:b50::/48");
        assertThat(a.getProtocol()).isEqualTo("ip");
    }

    @Test void isakmpKeyAndKeyringWithTheIpv6Word() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto isakmp key K1 address ipv6 2001:db8::7/128",
                "crypto keyring KR", " pre-shared-key address ipv6 2001:db8::8/128 key K2");
        assertThat(p.unparsed()).isEmpty();
        assertThat(p.factsOf(PresharedKey.class)).extracting(PresharedKey::getPeerAddress).containsExactly("2001:db8::7", "2001:db8::8");
        assertThat(p.factsOf(PresharedKey.class).get(0).appliesTo("2001:db8::7")).isTrue();
        assertThat(p.factsOf(PresharedKey.class).get(1).isKeyKnown()).isTrue();
        // the key after an IPv6 keyring address is masked like any other (the word "ipv6" is not the key)
        assertThat(ConfigSecrets.mask(" pre-shared-key address ipv6 2001:db8::8/128 key K2-secret").text()).doesNotContain("K2-secret");
    }

    @Test void asaUnifiedAndOldIpv6AclsAndObjects() {
        ParsedConfig p = Cfg.parse("ASA Version 9.8(4)",
                "object network SITE-A", " subnet 2001:db8:a::/48",
                "object network PEER-HOST", " host 2001:db8:b::9",
                "access-list VPN extended permit ip object SITE-A object PEER-HOST",
                "access-list VPN extended permit ip 2001:db8:a::/48 any6",
                "ipv6 access-list OLD permit ip 2001:db8:c::/48 2001:db8:d::/48",
                "crypto map M 10 set peer 2001:db8:b::1");
        assertThat(p.unparsed()).isEmpty();
        assertThat(p.factsOf(AclEntry.class)).extracting(x -> x.getSource() + " -> " + x.getDestination())
                .containsExactly("2001:db8:a::/48 -> 2001:db8:b::9/128", "2001:db8:a::/48 -> ::/0", "2001:db8:c::/48 -> 2001:db8:d::/48");
        assertThat(Cfg.one(p, CryptoMapEntry.class).getPeers()).containsExactly("2001:db8:b::1");
    }

    @Test void aBrokenIpv6PeerIsAReasonNotATunnel() {
        ParsedConfig p = Cfg.parse("ASA Version 9.8(4)", "crypto map M 10 set peer 2001:db8::1::2");
        assertThat(p.unparsed()).singleElement().satisfies(u -> assertThat(u.getReason()).contains("not an IP address: 2001:db8::1::2"));
    }
}
