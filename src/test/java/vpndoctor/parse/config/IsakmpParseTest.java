package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.IsakmpEnabled;
import vpndoctor.model.config.IsakmpIdentity;
import vpndoctor.model.config.IsakmpPolicy;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.XauthSetting;

class IsakmpParseTest {
    @Test void pixOneLinePolicyWithDefaults() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp policy 10 authentication pre-share", "isakmp policy 10 encryption 3des",
                "isakmp policy 10 hash md5");
        IsakmpPolicy pol = Cfg.one(p, IsakmpPolicy.class);
        assertThat(pol.getPriority()).isEqualTo(10);
        assertThat(pol.getSignature()).isEqualTo("3des/md5/group1/pre-share");
        assertThat(pol.getDefaulted()).containsExactlyInAnyOrder("group", "lifetime");
        assertThat(pol.getOrigins()).hasSize(3);
    }

    @Test void iosBlockPolicy() {
        ParsedConfig p = Cfg.parse("version 12.4", "crypto isakmp policy 20", " encr aes 256", " hash sha", " authentication pre-share",
                " group 2", " lifetime 3600");
        IsakmpPolicy pol = Cfg.one(p, IsakmpPolicy.class);
        assertThat(pol.getEncryption()).isEqualTo("aes-256");
        assertThat(pol.getLifetime()).isEqualTo(3600);
        assertThat(pol.getDefaulted()).isEmpty();
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void iosDefaultsDifferFromAsaDefaults() {
        IsakmpPolicy ios = Cfg.one(Cfg.parse("version 12.4", "crypto isakmp policy 10", " authentication pre-share"), IsakmpPolicy.class);
        IsakmpPolicy asa = Cfg.one(Cfg.parse("ASA Version 8.4(7)", "crypto ikev1 policy 10", " authentication pre-share"), IsakmpPolicy.class);
        assertThat(ios.getSignature()).isEqualTo("des/sha/group1/pre-share");
        assertThat(asa.getSignature()).isEqualTo("3des/sha/group2/pre-share");
        assertThat(asa.isDefaulted("encryption")).isTrue();
    }

    @Test void asaIkev2Policy() {
        IsakmpPolicy pol = Cfg.one(Cfg.parse("ASA Version 9.8(4)", "crypto ikev2 policy 1", " encryption aes-256", " integrity sha256",
                " group 14", " prf sha256", " lifetime seconds 43200"), IsakmpPolicy.class);
        assertThat(pol.getIkeVersion()).isEqualTo(2);
        assertThat(pol.getHash()).isEqualTo("sha256");
        assertThat(pol.getGroup()).isEqualTo(14);
        assertThat(pol.getLifetime()).isEqualTo(43200);
    }

    @Test void enableAndIdentityOnAllPlatforms() {
        ParsedConfig pix = Cfg.parse("PIX Version 6.3(1)", "isakmp enable outside", "isakmp identity hostname");
        assertThat(Cfg.one(pix, IsakmpEnabled.class).getIface()).isEqualTo("outside");
        assertThat(Cfg.one(pix, IsakmpIdentity.class).getMode()).isEqualTo("hostname");
        ParsedConfig asa = Cfg.parse("ASA Version 8.4(7)", "crypto ikev1 enable outside", "crypto isakmp identity auto");
        assertThat(Cfg.one(asa, IsakmpEnabled.class).getIkeVersion()).isEqualTo(1);
        assertThat(Cfg.one(asa, IsakmpIdentity.class).getMode()).isEqualTo("auto");
        ParsedConfig ios = Cfg.parse("version 12.4", "crypto isakmp identity hostname");
        assertThat(Cfg.one(ios, IsakmpIdentity.class).isAddress()).isFalse();
    }

    @Test void wildcardKeyAndOrder() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp key k1 address 0.0.0.0 netmask 0.0.0.0",
                "isakmp key k2 address 10.9.9.9 netmask 255.255.255.255 no-xauth no-config-mode");
        var keys = p.factsOf(PresharedKey.class);
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).isWildcard()).isTrue();
        assertThat(keys.get(0).getOrder()).isEqualTo(1);
        assertThat(keys.get(1).isWildcard()).isFalse();
        assertThat(keys.get(1).isNoXauth()).isTrue();
        assertThat(keys.get(1).isNoConfigMode()).isTrue();
        assertThat(keys.get(1).appliesTo("10.9.9.9")).isTrue();
        assertThat(keys.get(0).appliesTo("10.9.9.9")).isTrue();
    }

    @Test void iosKeyForms() {
        ParsedConfig p = Cfg.parse("version 12.4", "crypto isakmp key abc address 10.1.1.1 255.255.255.255 no-xauth",
                "crypto isakmp key def hostname peer.example.com", "crypto keyring KR", " pre-shared-key address 10.2.2.2 key ghi");
        var keys = p.factsOf(PresharedKey.class);
        assertThat(keys).extracting(PresharedKey::getSource).containsExactly("ios-isakmp-key", "ios-isakmp-key", "ios-keyring");
        assertThat(keys.get(0).isNoXauth()).isTrue();
        assertThat(keys.get(1).getPeerHostname()).isEqualTo("peer.example.com");
        assertThat(keys.get(2).getPeerAddress()).isEqualTo("10.2.2.2");
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void pixNameAliasInKey() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "names", "name 10.5.5.5 partner-gw", "isakmp key abc address partner-gw netmask 255.255.255.255");
        assertThat(Cfg.one(p, PresharedKey.class).getPeerAddress()).isEqualTo("10.5.5.5");
    }

    @Test void modeConfigPoolIsXauthSetting() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp client configuration address-pool local POOL outside");
        assertThat(Cfg.one(p, XauthSetting.class).getKind()).isEqualTo("config-mode");
    }

    @Test void badPolicyValueIsUnparsedNotFatal() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp policy 10 encryption blowfish", "isakmp policy 10 hash md5", "isakmp frobnicate");
        assertThat(p.unparsed()).hasSize(2);
        assertThat(p.unparsed().get(0).getReason()).contains("unknown encryption 'blowfish'");
        assertThat(Cfg.one(p, IsakmpPolicy.class).getHash()).isEqualTo("md5");
    }
}
