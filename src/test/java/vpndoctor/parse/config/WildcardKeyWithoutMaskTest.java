package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.config.KeyringPeer;
import vpndoctor.model.config.PresharedKey;

/**
 * IOS prints a wildcard pre-shared key ("crypto isakmp key K address 0.0.0.0 0.0.0.0") without its mask,
 * trailing spaces kept. Before session 10 that line was read as a key for the one host 0.0.0.0, and a
 * real healthy DMVPN hub got ISAKMP_KEY_MISSING 0.98 for every spoke (real case
 * ios-healthy-dmvpn-hub-two-spokes-esp-des-transport).
 */
class WildcardKeyWithoutMaskTest {
    @Test
    void aMasklessZeroAddressIsAnyPeer() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto isakmp key cisco address 0.0.0.0        ");
        PresharedKey k = Cfg.one(p, PresharedKey.class);
        assertThat(k.getPeerMask()).isEqualTo("0.0.0.0");
        assertThat(k.appliesTo("198.51.100.34")).isTrue();
        assertThat(Cfg.one(p, KeyringPeer.class).getPrefix()).isZero();
    }

    @Test
    void aMasklessHostAddressIsStillThatHost() {
        PresharedKey k = Cfg.one(Cfg.parse("version 15.4", "crypto isakmp key cisco address 198.51.100.34"), PresharedKey.class);
        assertThat(k.getPeerMask()).isEqualTo("255.255.255.255");
        assertThat(k.appliesTo("198.51.100.35")).isFalse();
    }

    @Test
    void aKeyringWildcardWithoutMaskIsAnyPeerToo() {
        ParsedConfig p = Cfg.parse("version 15.4", "crypto keyring DMVPN", " pre-shared-key address 0.0.0.0 key cisco");
        assertThat(p.factsOf(KeyringPeer.class)).singleElement().satisfies(k -> assertThat(k.getPrefix()).isZero());
    }
}
