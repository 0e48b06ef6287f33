package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import vpndoctor.model.config.Ikev2Profile;
import vpndoctor.model.config.IpsecProfile;
import vpndoctor.model.config.KeyringPeer;
import vpndoctor.model.config.TunnelInterface;

/** Route-based tunnel lines (VTI, GRE over IPsec, DMVPN, ASA VTI) become facts, and none of them is reported as not understood. */
class RouteBasedConfigTest {

    @Test void iosVtiWithItsProfileChainIsRead() {
        ParsedConfig p = Cfg.parse("version 15.9", "hostname r1",
                "crypto ikev2 keyring KR", " peer B", "  address 198.51.100.2", "  pre-shared-key local Mine-1", "  pre-shared-key remote Theirs-1",
                "crypto ikev2 profile PROF", " match identity remote address 198.51.100.2 255.255.255.255", " match identity remote fqdn domain example.net",
                " identity local fqdn r1.example.net", " authentication remote pre-share", " authentication local pre-share", " keyring local KR", " dpd 10 5 on-demand",
                "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac", " mode tunnel",
                "crypto ipsec profile VTI", " set transform-set TS", " set pfs group14", " set ikev2-profile PROF", " set security-association lifetime seconds 3600",
                "interface GigabitEthernet0/0", " ip address 192.0.2.1 255.255.255.0",
                "interface Tunnel10", " ip address 172.16.0.1 255.255.255.252", " tunnel source GigabitEthernet0/0", " tunnel mode ipsec ipv4",
                " tunnel destination 198.51.100.2", " tunnel protection ipsec profile VTI", " tunnel path-mtu-discovery");
        assertThat(p.unparsed()).isEmpty();
        TunnelInterface t = Cfg.one(p, TunnelInterface.class);
        assertThat(t.getSourceAddress()).as("an interface named as source is its address").isEqualTo("192.0.2.1");
        assertThat(t.getFarEnd()).isEqualTo("198.51.100.2");
        assertThat(t.getMode()).isEqualTo("ipsec");
        assertThat(t.getProtectionProfile()).isEqualTo("VTI");
        assertThat(t.isProfileShared()).as("one tunnel only").isFalse();
        IpsecProfile ip = Cfg.one(p, IpsecProfile.class);
        assertThat(ip.getTransformSets()).containsExactly("TS");
        assertThat(ip.getPfsGroup()).isEqualTo(14);
        assertThat(ip.getIkev2Profile()).isEqualTo("PROF");
        Ikev2Profile v2 = Cfg.one(p, Ikev2Profile.class);
        assertThat(v2.getMatchRemote()).containsExactly("address 198.51.100.2/32", "fqdn domain example.net");
        assertThat(v2.matchesIdentity("address", "198.51.100.2")).isTrue();
        assertThat(v2.matchesIdentity("address", "198.51.100.3")).isFalse();
        assertThat(v2.matchesIdentity("fqdn", "spoke.example.net")).isTrue();
        assertThat(v2.matchesIdentity("fqdn", "spoke.example.org")).isFalse();
        assertThat(v2.sentIdType()).isEqualTo("fqdn");
        assertThat(v2.getKeyring()).isEqualTo("KR");
        KeyringPeer k = Cfg.one(p, KeyringPeer.class);
        assertThat(k.getLocalKey()).isNotEqualTo(k.getRemoteKey());
    }

    @Test void dmvpnHubAndSpokeLinesAreRead() {
        ParsedConfig hub = Cfg.parse("version 15.9", "interface GigabitEthernet0/0", " ip address 192.0.2.1 255.255.255.0",
                "interface Tunnel0", " ip address 10.0.0.1 255.255.255.0", " ip nhrp authentication Secret12", " ip nhrp map multicast dynamic",
                " ip nhrp network-id 100", " ip nhrp redirect", " tunnel source GigabitEthernet0/0", " tunnel mode gre multipoint", " tunnel key 7",
                " tunnel protection ipsec profile DM shared");
        assertThat(hub.unparsed()).isEmpty();
        TunnelInterface h = Cfg.one(hub, TunnelInterface.class);
        assertThat(h.getFarEnd()).as("a hub waits for its spokes").isEmpty();
        assertThat(h.isMultipoint()).isTrue();
        assertThat(h.isProfileShared()).as("a multipoint hub's profile serves many spokes").isTrue();
        assertThat(h.getNhrpAuthDigest()).isEqualTo(ConfigSecrets.digest("Secret12"));
        assertThat(hub.facts().toString()).doesNotContain("Secret12");
        assertThat(h.getTunnelKey()).isEqualTo("7");
        ParsedConfig spoke = Cfg.parse("version 15.9", "interface Dialer1", " ip address 198.51.100.2 255.255.255.0",
                "interface Tunnel0", " ip address 10.0.0.2 255.255.255.0", " ip nhrp network-id 200", " ip nhrp nhs 10.0.0.1 nbma 192.0.2.1 multicast",
                " tunnel source Dialer1", " tunnel mode gre multipoint", " tunnel protection ipsec profile DM");
        TunnelInterface s = Cfg.one(spoke, TunnelInterface.class);
        assertThat(s.getFarEnd()).as("a spoke talks to its NHS's NBMA address").isEqualTo("192.0.2.1");
        assertThat(s.isProfileShared()).isFalse();
    }

    @Test void asaVtiAndItsTunnelGroupKeysAreRead() {
        ParsedConfig p = Cfg.parse("ASA Version 9.16(4)", "hostname fw", "interface GigabitEthernet0/0", " nameif outside", " security-level 0",
                " ip address 192.0.2.1 255.255.255.0", "interface Tunnel1", " nameif vti", " ip address 172.16.0.1 255.255.255.252",
                " tunnel source interface outside", " tunnel destination 198.51.100.2", " tunnel mode ipsec ipv4", " tunnel protection ipsec profile P",
                "crypto ipsec ikev2 ipsec-proposal AES", " protocol esp encryption aes-256", " protocol esp integrity sha-256",
                "crypto ipsec profile P", " set ikev2 ipsec-proposal AES", " set pfs group14",
                "tunnel-group 198.51.100.2 type ipsec-l2l", "tunnel-group 198.51.100.2 ipsec-attributes",
                " ikev2 remote-authentication pre-shared-key Theirs-2", " ikev2 local-authentication pre-shared-key Mine-2");
        assertThat(p.unparsed()).isEmpty();
        TunnelInterface t = Cfg.one(p, TunnelInterface.class);
        assertThat(t.getSourceAddress()).as("ASA: the nameif named as source").isEqualTo("192.0.2.1");
        assertThat(Cfg.one(p, IpsecProfile.class).getTransformSets()).containsExactly("AES");
        List<KeyringPeer> keys = p.factsOf(KeyringPeer.class);
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.getKeyring()).isEqualTo("tunnel-group");
            assertThat(k.getLocalKey()).isEqualTo(ConfigSecrets.digest("Mine-2"));
            assertThat(k.getRemoteKey()).isEqualTo(ConfigSecrets.digest("Theirs-2"));
        });
    }

    @Test void isakmpProfileAndKeyringForIkev1VtisAreRead() {
        ParsedConfig p = Cfg.parse("version 15.9", "crypto keyring KR1", " pre-shared-key address 198.51.100.2 key K1",
                "crypto isakmp profile IP1", " keyring KR1", " match identity address 198.51.100.2 255.255.255.255", " keepalive 10 retry 3",
                "crypto ipsec profile V1", " set transform-set TS", " set isakmp-profile IP1");
        assertThat(p.unparsed()).isEmpty();
        Ikev2Profile v1 = Cfg.one(p, Ikev2Profile.class);
        assertThat(v1.getIkeVersion()).isEqualTo(1);
        assertThat(v1.getKeyring()).isEqualTo("KR1");
        assertThat(Cfg.one(p, KeyringPeer.class).covers("198.51.100.2")).isTrue();
        assertThat(Cfg.one(p, IpsecProfile.class).getIsakmpProfile()).isEqualTo("IP1");
    }

    @Test void keyringPeerRangesCoverAddressesWithoutParsing() {
        KeyringPeer any = new KeyringPeer("x", vpndoctor.model.Side.LOCAL, List.of(), "KR", "ANY", "0.0.0.0", 0, "", "a", "b");
        KeyringPeer net = new KeyringPeer("y", vpndoctor.model.Side.LOCAL, List.of(), "KR", "N", "10.1.2.0", 24, "", "a", "b");
        KeyringPeer six = new KeyringPeer("z", vpndoctor.model.Side.LOCAL, List.of(), "KR", "V6", "2001:db8::", 32, "", "a", "b");
        assertThat(any.covers("203.0.113.9")).isTrue();
        assertThat(any.covers("2001:db8::1")).as("an IPv4 range holds no IPv6 address").isFalse();
        assertThat(net.covers("10.1.2.255")).isTrue();
        assertThat(net.covers("10.1.3.0")).isFalse();
        assertThat(net.covers("10.1.2")).isFalse();
        assertThat(net.covers("10.1.2.256")).isFalse();
        assertThat(six.covers("2001:db8:1::5")).isTrue();
        assertThat(six.covers("2001:db9::5")).isFalse();
    }
}
