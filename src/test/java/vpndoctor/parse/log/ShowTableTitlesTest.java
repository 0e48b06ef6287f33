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
    @ValueSource(strings = {" IPv4 Crypto IKEv2 Session", " IPv6 Crypto IKEv2 Session", "IPv4 Crypto ISAKMP SA", " IPv4 Crypto IKEv2  SA",
        "S - SIP VPN, E - Stronger IKE Encryption Enforced"})
    void aTitleIsReadAndYieldsNoEvent(String title) {
        Ingest in = Ingest.of(title);
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(in.events()).isEmpty();
    }

    /**
     * Device-wide counters name no tunnel: ASA 'show vpn-sessiondb' summary rows, IOS 'show crypto isakmp sa
     * count' and 'show crypto ipsec sa count' (genieparser and ntc-templates fixtures). Read as furniture.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "  IKEv2 IPsec                :      8 :         17 :           8 :        0",
        "        IKEv1 IPsec/L2TP IPsec       :      2 :          2 :           2",
        "IKEv1                        :     99 :    3502999 :              99",
        "IPsecOverNatT                :      9 :       1999 :               9",
        "Dead ISAKMP SA's: 450",
        "Currently being negotiated ISAKMP SA's: 0",
        "IPsec SA total: 8, active: 8, rekeying: 0, unused: 0, invalid: 0"})
    void aCounterRowIsReadAndYieldsNoEvent(String row) {
        Ingest in = Ingest.of(row);
        assertThat(in.acct.getUnrecognized()).isZero();
        assertThat(in.events()).isEmpty();
    }
}
