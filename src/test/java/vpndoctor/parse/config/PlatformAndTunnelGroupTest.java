package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.model.Platform;
import vpndoctor.model.Side;
import vpndoctor.model.config.DeviceInfo;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.TunnelGroup;

class PlatformAndTunnelGroupTest {
    @Test void bannersDecide() {
        assertThat(Cfg.parse("PIX Version 6.3(1)").platform()).isEqualTo(Platform.PIX);
        assertThat(Cfg.parse("PIX Version 6.3(1)").version()).isEqualTo("6.3(1)");
        assertThat(Cfg.parse("PIX Version 7.2(4)").platform()).isEqualTo(Platform.ASA);
        assertThat(Cfg.parse(": Saved", "ASA Version 8.4(7)", "crypto isakmp policy 10").platform()).isEqualTo(Platform.ASA);
        assertThat(Cfg.parse("!", "version 12.4", "hostname r1").platform()).isEqualTo(Platform.IOS);
        // an FTD's data-plane config (its manager's push, read in the diagnostic CLI): the ASA dialect, named FTD
        ParsedConfig ftd = Cfg.parse(": Saved", ":", "NGFW Version 7.0.1", "!", "hostname firepower", "crypto ikev2 policy 10", " encryption aes-256");
        assertThat(ftd.platform()).isEqualTo(Platform.FTD);
        assertThat(ftd.version()).isEqualTo("7.0.1");
        assertThat(Cfg.one(ftd, DeviceInfo.class).getPlatform().family()).isEqualTo(Platform.ASA);
    }

    @Test void withoutBannerKeywordsDecide() {
        assertThat(Cfg.parse("nameif ethernet0 outside security0", "isakmp policy 10 hash md5").platform()).isEqualTo(Platform.PIX);
        assertThat(Cfg.parse("interface GigabitEthernet0/0", " nameif outside", " security-level 0", "tunnel-group 1.2.3.4 type ipsec-l2l").platform()).isEqualTo(Platform.ASA);
        assertThat(Cfg.parse("crypto isakmp policy 10", " encr 3des", "interface FastEthernet0/0", " ip address 1.1.1.1 255.255.255.0").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("hello").platform()).isEqualTo(Platform.UNKNOWN);
    }

    @Test void cryptoSubModeLinesAreIosOnly() {
        // IOS writes a crypto map entry's settings and a transform set's mode as sub-lines; PIX and the ASA one line each
        assertThat(Cfg.parse("crypto isakmp policy 10", " encryption aes 256", "crypto map CMAP 10 ipsec-isakmp", " set peer 198.51.100.6",
                " set transform-set TS", " match address 110").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("crypto ipsec transform-set TS esp-aes esp-sha-hmac", " mode transport").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("crypto map CMAP 10 ipsec-isakmp", "crypto map CMAP 10 set peer 198.51.100.6", "crypto map CMAP 10 match address 110")
                .platform()).isEqualTo(Platform.UNKNOWN);
        // an ASA route-map's sub-lines are no crypto map's
        assertThat(Cfg.parse("route-map RM permit 10", " match ip address ACL", " set metric 10").platform()).isEqualTo(Platform.UNKNOWN);
    }

    @Test void iosOnlyAclAndNatFormsTellIosWithoutBanner() {
        // numbered ACL with wildcard masks and 'ip nat inside source': IOS syntax, no hostname or version line
        assertThat(Cfg.parse("access-list 110 permit ip 10.20.20.0 0.0.0.255 10.1.1.0 0.0.0.255").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("access-list 1 permit 10.20.20.0 0.0.0.255").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("ip nat inside source list 122 interface GigabitEthernet0/0 overload").platform()).isEqualTo(Platform.IOS);
        // netmasks are the ASA/PIX form, 'any' and host forms name no family: no guess from them
        assertThat(Cfg.parse("access-list 110 permit ip 10.20.20.0 255.255.255.0 10.1.1.0 255.255.255.0").platform()).isEqualTo(Platform.UNKNOWN);
        assertThat(Cfg.parse("access-list 110 permit ip any host 10.1.1.1").platform()).isEqualTo(Platform.UNKNOWN);
        assertThat(Cfg.parse("access-list 110 permit ip 0.0.0.0 0.0.0.0 10.1.1.0 255.255.255.0").platform()).isEqualTo(Platform.UNKNOWN);
        // ASA words still decide before the IOS forms
        assertThat(Cfg.parse("access-list 110 permit ip 10.20.20.0 0.0.0.255 any", "tunnel-group 1.2.3.4 type ipsec-l2l").platform()).isEqualTo(Platform.ASA);
    }

    @Test void ikev2BlocksTellIosFromAsa() {
        // IOS names its IKEv2 blocks, the ASA numbers its policies and enables IKEv2 on an interface
        assertThat(Cfg.parse("crypto ikev2 proposal PROP1", " encryption aes-cbc-256", "interface Tunnel0", " tunnel mode ipsec ipv4").platform())
                .isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("crypto ikev2 keyring KR1", " peer R2", "  address 198.51.100.2").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("crypto ikev2 policy POL1", " proposal PROP1").platform()).isEqualTo(Platform.IOS);
        assertThat(Cfg.parse("crypto ikev2 policy 10", " encryption aes-256", " group 14").platform()).isEqualTo(Platform.ASA);
        assertThat(Cfg.parse("crypto ikev2 enable outside").platform()).isEqualTo(Platform.ASA);
    }

    @Test void deviceInfoAndIdsBySide() {
        ParsedConfig local = Cfg.parse(Side.LOCAL, "PIX Version 6.3(1)", "hostname fw1", "isakmp enable outside");
        ParsedConfig peer = Cfg.parse(Side.PEER, "version 12.4", "hostname r1", "crypto isakmp identity address");
        DeviceInfo d = Cfg.one(local, DeviceInfo.class);
        assertThat(d.getHostname()).isEqualTo("fw1");
        assertThat(d.getVersion()).isEqualTo("6.3(1)");
        assertThat(d.getSide()).isEqualTo(Side.LOCAL);
        assertThat(local.facts()).allSatisfy(f -> assertThat(((vpndoctor.model.Traceable) f).getId()).startsWith("Lc"));
        assertThat(peer.facts()).allSatisfy(f -> assertThat(((vpndoctor.model.Traceable) f).getId()).startsWith("Pc"));
        assertThat(Cfg.one(peer, DeviceInfo.class).getSide()).isEqualTo(Side.PEER);
    }

    @Test void tunnelGroupNamedByAliasHasNoPresharedKeyFact() {
        ParsedConfig p = Cfg.parse("ASA Version 8.4(7)", "tunnel-group PARTNER type ipsec-l2l", "tunnel-group PARTNER ipsec-attributes",
                " pre-shared-key abc", " peer-id-validate nocheck", "tunnel-group RA type remote-access", "tunnel-group RA general-attributes",
                " address-pool POOL");
        assertThat(p.factsOf(TunnelGroup.class)).extracting(TunnelGroup::getName).containsExactly("PARTNER", "RA");
        TunnelGroup g = p.factsOf(TunnelGroup.class).get(0);
        assertThat(g.isLanToLan()).isTrue();
        assertThat(g.isNamedByAddress()).isFalse();
        assertThat(g.getOrigins()).hasSize(3);
        assertThat(p.factsOf(PresharedKey.class)).isEmpty();
        assertThat(p.factsOf(TunnelGroup.class).get(1).isHasPresharedKey()).isFalse();
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void ignoredLinesAreCountedNotReported() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "logging on", "snmp-server community xyz", "fixup protocol ftp 21", "", "crypto ca identity foo");
        assertThat(p.lines()).isEqualTo(6);
        assertThat(p.used()).isEqualTo(1);
        assertThat(p.ignored()).isEqualTo(5);
        assertThat(p.unparsed()).isEmpty();
    }
}
