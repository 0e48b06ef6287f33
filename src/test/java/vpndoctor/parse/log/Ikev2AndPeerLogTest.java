package vpndoctor.parse.log;

import static vpndoctor.parse.log.Ingest.row;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IKEv2 (IOS debug, IKEv2-PROTO debug, ASA 750xxx/751xxx) and the peer's own pasted logs. */
class Ikev2AndPeerLogTest {
    static Stream<Arguments> ikev2() {
        String asa = "Local:10.0.0.1:500 Remote:10.0.0.2:500 Username:Unknown ";
        return Stream.of(
            row("IKEv2-PROTO-1: (12): Received notify: NO_PROPOSAL_CHOSEN", "NOTIFY", "-", "notify=NO_PROPOSAL_CHOSEN;ikev=2;direction=received"),
            row("IKEv2:(SESSION ID = 1,SA ID = 1):Received Packet [From 10.0.0.2:500/To 10.0.0.1:500/VRF i0:f0] Initiator SPI : 1 - Responder SPI : 2 Message id: 1 IKEv2 CREATE_CHILD_SA Exchange RESPONSE Payload contents: NOTIFY(TS_UNACCEPTABLE)",
                "NOTIFY", "10.0.0.2", "notify=TS_UNACCEPTABLE;direction=received;ikev=2"),
            row("IKEv2:(SESSION ID = 1,SA ID = 1):Sending Packet [To 10.0.0.2:500/From 10.0.0.1:500/VRF i0:f0] Payload contents: NOTIFY(AUTHENTICATION_FAILED)",
                "NOTIFY", "10.0.0.2", "notify=AUTHENTICATION_FAILED;direction=sent"),
            row("%ASA-4-750003: " + asa + "IKEv2 Negotiation aborted due to ERROR: Failed to find a matching policy", "P1_NO_OFFERS_ACCEPTED", "10.0.0.2", "ikev=2"),
            row("%ASA-5-750002: " + asa + "Received a IKE_INIT_SA request", "PACKET_FROM_PEER", "10.0.0.2", "ikev=2"),
            row("%ASA-5-750006: " + asa + "IKEv2 SA UP. Reason: New Connection Established", "P1_COMPLETED", "10.0.0.2", "ikev=2"),
            row("%ASA-5-750007: " + asa + "IKEv2 SA DOWN. Reason: peer reclaimed", "TUNNEL_DOWN", "10.0.0.2", "reason=peer reclaimed"),
            row("%ASA-3-751022: " + asa + "Tunnel rejected: Crypto Map Policy not found for remote traffic selector 10.2.2.0/10.2.2.255/0/0", "CRYPTO_MAP_POLICY_NOT_FOUND", "10.0.0.2", "ikev=2"),
            row("%ASA-3-751002: " + asa + "No preshared key or trustpoint configured for self in tunnel group 10.0.0.2", "NO_KEY_FOR_PEER", "10.0.0.2", "ikev=2"),
            row("%ASA-4-750003: " + asa + "IKEv2 Negotiation aborted due to ERROR: Received invalid KE notify INVALID_KE_PAYLOAD", "NOTIFY", "10.0.0.2", "notify=INVALID_KE_PAYLOAD")
        );
    }

    static Stream<Arguments> peerLogs() {
        return Stream.of(
            row("reason: Client Encryption: User Unknown", "PEER_REPORTS_USER_UNKNOWN", "-", ""),
            row("OM: Failed to obtain user object or unknown user", "PEER_REPORTS_USER_UNKNOWN", "-", ""),
            row("IKE peer 10.0.0.1 terminated by state machine", "PEER_REPORTS_STATE_MACHINE_TERMINATED", "10.0.0.1", ""),
            row("Message: No proposal chosen(14)", "PEER_REPORTS_NO_PROPOSAL_CHOSEN", "-", "")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ikev2")
    void ikev2Line(String line, String kind, String peer, String attrs) {
        Ingest.assertSingle(line, kind, peer, attrs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peerLogs")
    void peerLogLine(String line, String kind, String peer, String attrs) {
        Ingest.assertSingle(line, kind, peer, attrs);
    }
}
