package vpndoctor.parse.log;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lines that say who started the exchange and which AUTH method the peer uses (issue 12.2, 12.3). */
class RoleAndAuthMethodTest {
    static Stream<Arguments> lines() {
        return Stream.of(
            Ingest.row("*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):construct_initial_message: Can not start Main mode", "IKE_TRACE", "-", "role=initiator"),
            Ingest.row("*Mar  1 00:10:11.123: ISAKMP: Locking peer struct 0x66A3B2C4, refcount 1 for isakmp_initiator", "IKE_TRACE", "-", "role=I"),
            Ingest.row("*Oct 25 18:50:01.497: ISAKMP-ERROR: (0):No Cert or pre-shared address key. ", "NO_KEY_FOR_PEER", "-", "role=I"),
            Ingest.row("    Type    : L2L             Role    : responder", "IKE_TRACE", "-", "role=responder"),
            Ingest.row("*Nov 12 09:14:02.332: IKEv2:(SESSION ID = 7,SA ID = 1):Peer's authentication method is 'RSA'", "IKE_TRACE", "-", "authMethod=RSA"),
            Ingest.row("*Nov 12 09:14:02.332: IKEv2:(SESSION ID = 7,SA ID = 1):Peer's authentication method is 'PSK'", "IKE_TRACE", "-", "authMethod=PSK"),
            Ingest.row("IKEv2-PLAT-1: Peer ID check failed", "CERT_AUTH_FAILED", "-", "detail=peer identity not in its certificate"),
            Ingest.row("IKEv2-PLAT-2: Peer ID check: failed to retreive DNS name from SAN", "CERT_AUTH_FAILED", "-", "san=DNS name"),
            Ingest.row("IKEv2-PROTO-1: (140): Unsupported cert encoding found or Peer requested HTTP URL but never sent HTTP_LOOKUP_SUPPORTED Notification",
                "CERT_AUTH_FAILED", "-", "detail=certificate encoding or HTTP URL lookup not supported")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void line(String line, String kind, String peer, String attrs) {
        Ingest.assertSingle(line, kind, peer, attrs);
    }
}
