package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;

/** IKEv2 over IPv6 on IOS-XE and ASA: the peer is read from IPv6 text, ports glued on or not, in canonical form. */
class Ipv6LogLinesTest {
    @Test void asaIpEqualsField() {
        Ingest in = Ingest.of("%ASA-5-713904: IP = 2001:DB8::1, All SA proposals found unacceptable");
        assertThat(in.last().getPeer()).isEqualTo("2001:db8::1");
    }

    @Test void iosXeSessionStatusWithThePortGluedOn() {
        Ingest in = Ingest.of("*Nov 26 10:20:01.240: %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is DOWN. Peer 2001:DB8:150::1:500       Id: 2001:DB8:150::1");
        assertThat(in.last().getPeer()).isEqualTo("2001:db8:150::1");
    }

    @Test void iosXeDebugPacketHeader() {
        Ingest in = Ingest.of("*Nov 26 10:20:01.170: IKEv2:(SESSION ID = 31,SA ID = 1):Received Packet [From 2001:DB8:150::1:500/To 2001:DB8:50::1:500/VRF i0:f0]");
        assertThat(in.last().getPeer()).isEqualTo("2001:db8:150::1");
        assertThat(in.last().getLocal()).isEqualTo("2001:db8:50::1");
    }

    @Test void showCryptoIkev2SaRow() {
        Ingest in = Ingest.of("Tunnel-id Local                 Remote                fvrf/ivrf            Status",
                "1         2001:DB8:50::1/500    2001:DB8:150::1/500   none/none            READY");
        assertThat(in.last().getKind()).isEqualTo(EventKind.SHOW_ISAKMP_SA.name());
        assertThat(in.last().getPeer()).isEqualTo("2001:db8:150::1");
    }

    @Test void aBrokenIpv6PeerIsNotedNotRead() {
        Ingest in = Ingest.of("%ASA-5-713904: IP = 2001:db8::1::2, All SA proposals found unacceptable");
        assertThat(in.last().getPeer()).isNull();
        assertThat(in.acct.getNotes()).anySatisfy(s -> assertThat(s.toString()).startsWith("test.log:1: address '2001:db8::1::2'"));
    }
}
