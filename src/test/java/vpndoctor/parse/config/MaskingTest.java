package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;
import vpndoctor.model.Traceable;
import vpndoctor.model.config.PresharedKey;
import vpndoctor.model.config.TunnelGroup;

class MaskingTest {
    private static final String KEY = "TopS3cretKey99";

    private static void assertNoSecret(ParsedConfig p, String... secrets) {
        for (Object f : p.facts()) {
            Traceable t = (Traceable) f;
            for (String s : secrets) {
                assertThat(f.toString()).doesNotContain(s);
                assertThat(t.describe()).doesNotContain(s);
                for (Origin o : t.getOrigins()) assertThat(o.getText()).doesNotContain(s);
            }
        }
        assertThat(p.toString()).doesNotContain(secrets);
    }

    /** A keyring line whose mask is mistyped (the fuzz run of session 15 made "25\u00e95.255.255.0") still masks its key, not "address". */
    @Test void aKeyringKeyIsMaskedWhateverItsMaskLooksLike() {
        for (String mask : new String[] {"25\u00e95.255.255.0", "255.255.255", "/24", "255.255.255.0"}) {
            ParsedConfig p = Cfg.parse("hostname r1", "crypto keyring KR", " pre-shared-key address 203.0.113.0 " + mask + " key " + KEY);
            assertNoSecret(p, KEY);
            assertThat(p.unparsed()).allSatisfy(u -> assertThat(u.describe()).doesNotContain(KEY));
        }
    }

    @Test void pixKeyIsDigestedAndMasked() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp key " + KEY + " address 10.0.0.1 netmask 255.255.255.255 no-xauth no-config-mode");
        PresharedKey k = Cfg.one(p, PresharedKey.class);
        assertThat(k.getOrigin().getText()).isEqualTo("isakmp key ***** address 10.0.0.1 netmask 255.255.255.255 no-xauth no-config-mode");
        assertThat(k.getMaskedKey()).isEqualTo("****");
        assertThat(k.getKeyDigest()).hasSize(64).isEqualTo(ConfigSecrets.digest(KEY));
        assertNoSecret(p, KEY);
    }

    @Test void sameKeyInTwoConfigsHasSameDigestDifferentKeyDoesNot() {
        ParsedConfig pix = Cfg.parse(Side.LOCAL, "PIX Version 6.3(1)", "isakmp key " + KEY + " address 10.0.0.2 netmask 255.255.255.255");
        ParsedConfig ios = Cfg.parse(Side.PEER, "version 12.4", "crypto isakmp key " + KEY + " address 10.0.0.1");
        ParsedConfig other = Cfg.parse(Side.PEER, "version 12.4", "crypto isakmp key 0 Other" + KEY + " address 10.0.0.1");
        String a = Cfg.one(pix, PresharedKey.class).getKeyDigest();
        assertThat(Cfg.one(ios, PresharedKey.class).getKeyDigest()).isEqualTo(a);
        assertThat(Cfg.one(other, PresharedKey.class).getKeyDigest()).isNotEqualTo(a);
        assertThat(Cfg.one(other, PresharedKey.class).getOrigin().getText()).isEqualTo("crypto isakmp key 0 ***** address 10.0.0.1");
        assertNoSecret(other, KEY);
    }

    @Test void asaTunnelGroupKeysAreMasked() {
        ParsedConfig p = Cfg.parse("ASA Version 9.8(4)", "tunnel-group 10.0.0.1 type ipsec-l2l", "tunnel-group 10.0.0.1 ipsec-attributes",
                " ikev1 pre-shared-key " + KEY, " ikev2 remote-authentication pre-shared-key " + KEY,
                " ikev2 local-authentication pre-shared-key Local" + KEY);
        TunnelGroup g = Cfg.one(p, TunnelGroup.class);
        assertThat(g.isHasPresharedKey()).isTrue();
        assertThat(g.getKeyDigest()).isEqualTo(ConfigSecrets.digest(KEY));
        assertThat(g.getLocalKeyDigest()).isEqualTo(ConfigSecrets.digest("Local" + KEY));
        assertThat(p.unparsed()).isEmpty();
        assertNoSecret(p, KEY);
    }

    @Test void hiddenKeyIsUnknownNotEqual() {
        ParsedConfig p = Cfg.parse("ASA Version 8.4(7)", "tunnel-group 10.0.0.1 type ipsec-l2l", "tunnel-group 10.0.0.1 ipsec-attributes", " pre-shared-key *****");
        assertThat(Cfg.one(p, PresharedKey.class).isKeyKnown()).isFalse();
        assertThat(Cfg.one(p, TunnelGroup.class).isHasPresharedKey()).isTrue();
    }

    @Test void otherSecretsAreMaskedInOrigins() {
        assertThat(ConfigSecrets.mask("enable password 8Ry2YjIyt7RRXU24 encrypted").text()).isEqualTo("enable password ***** encrypted");
        assertThat(ConfigSecrets.mask("passwd 2KFQnbNIdI.2KYOU encrypted").text()).isEqualTo("passwd ***** encrypted");
        assertThat(ConfigSecrets.mask("username bob password s3cr3t privilege 15").text()).isEqualTo("username bob password ***** privilege 15");
        assertThat(ConfigSecrets.mask("username admin privilege 15 secret 5 $1$abc").text()).isEqualTo("username admin privilege 15 secret 5 *****");
        assertThat(ConfigSecrets.mask("snmp-server community public RO").text()).isEqualTo("snmp-server community ***** RO");
        assertThat(ConfigSecrets.mask(" pre-shared-key address 10.0.0.1 key " + KEY).text()).isEqualTo(" pre-shared-key address 10.0.0.1 key *****");
        assertThat(ConfigSecrets.mask("hostname r1").text()).isEqualTo("hostname r1");
    }

    @Test void iosIkev2KeyringKeysAreMaskedWhateverTheirPrefix() {
        // "pre-shared-key [local|remote] [0|6|7] K": neither the direction word nor the type digit is the key
        assertThat(ConfigSecrets.mask("  pre-shared-key local " + KEY).text()).isEqualTo("  pre-shared-key local *****");
        assertThat(ConfigSecrets.mask("  pre-shared-key remote 0 " + KEY).text()).isEqualTo("  pre-shared-key remote 0 *****");
        assertThat(ConfigSecrets.mask("  pre-shared-key 6 " + KEY).text()).isEqualTo("  pre-shared-key 6 *****");
        assertThat(ConfigSecrets.mask("  pre-shared-key 7 " + KEY).text()).isEqualTo("  pre-shared-key 7 *****");
        assertThat(ConfigSecrets.mask("  pre-shared-key local " + KEY).keyDigest()).isEqualTo(ConfigSecrets.digest(KEY));
        assertThat(ConfigSecrets.mask("  pre-shared-key 6 " + KEY).keyDigest()).isEmpty(); // stored encrypted: unknown
        assertThat(ConfigSecrets.mask(" authentication remote pre-share key " + KEY).text()).isEqualTo(" authentication remote pre-share key *****");
        assertThat(ConfigSecrets.mask(" authentication local pre-share key 0 " + KEY).text()).isEqualTo(" authentication local pre-share key 0 *****");
        assertThat(ConfigSecrets.mask(" authentication remote pre-share").text()).isEqualTo(" authentication remote pre-share");
    }

    @Test void unparsedKeyLineDoesNotLeakTheKey() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "isakmp key " + KEY + " netmask 255.255.255.0", "isakmp key " + KEY + " address 300.1.1.1");
        assertThat(p.unparsed()).hasSize(2);
        assertNoSecret(p, KEY);
    }

    @Test void healthyConfigsLeakNoSecrets() {
        assertNoSecret(Cfg.resource("pix-healthy-local.cfg", Side.LOCAL), "Sup3rS3cret", "8Ry2YjIyt7RRXU24", "2KFQnbNIdI");
        assertNoSecret(Cfg.resource("ios-healthy-peer.cfg", Side.PEER), "Sup3rS3cret", "public", "0822455D0A16", "hx5rVt7rPNoS4wqbXKX7m0");
        assertNoSecret(Cfg.resource("asa-healthy-a.cfg", Side.LOCAL), "Kx9!shared");
    }
}
