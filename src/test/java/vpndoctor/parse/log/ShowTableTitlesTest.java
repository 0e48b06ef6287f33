package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Titles IOS prints above its show tables are read as what they are (nothing to diagnose), not listed as
 * unrecognised VPN lines. 'show crypto ikev2 session' titles were, in a real DMVPN spoke capture
 * (ios-healthy-dmvpn-spoke-ikev2-session-up-active-cert).
 */
class ShowTableTitlesTest {
    @ParameterizedTest
    @ValueSource(strings = {" IPv4 Crypto IKEv2 Session", " IPv6 Crypto IKEv2 Session", "IPv4 Crypto ISAKMP SA", " IPv4 Crypto IKEv2  SA"})
    void aTitleIsReadAndYieldsNoEvent(String title) {
        Ingest in = Ingest.of(title);
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(in.events()).isEmpty();
    }
}
