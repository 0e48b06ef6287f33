package vpndoctor.parse.log;

import static vpndoctor.parse.log.Ingest.row;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import vpndoctor.model.Platform;

/** PIX debug forms from the field guide (curly quotes and glued words included). */
class PixDebugTest {
    static Stream<Arguments> lines() {
        return Stream.of(
            row("IPSEC(validate_transform_proposal): proxy identities not supported", "PROXY_ID_NOT_SUPPORTED", "-", ""),
            row("IPSec(validate_transform_proposal): proxy identities not supported", "PROXY_ID_NOT_SUPPORTED", "-", ""),
            row("ISAKMP: IPSec policy invalidated proposal", "POLICY_INVALIDATED", "-", ""),
            row("ISAKMP (0:2): SA not acceptable!", "SA_NOT_ACCEPTABLE", "-", ""),
            row("ISAKMP (0:1); no offers accepted!", "P1_NO_OFFERS_ACCEPTED", "-", ""),
            row("IPSEC(validate_proposal): invalid local address 10.1.1.1", "INVALID_LOCAL_ADDRESS", "-", "address=10.1.1.1"),
            row("ISAKMP (0:3): atts not acceptable. Next payload is 0", "ATTS_NOT_ACCEPTABLE", "-", "nextPayload=0"),
            row("IPSec (validate_proposal): transform proposal(port 3, trans 2, hmac_alg 2) not supported", "TRANSFORM_NOT_SUPPORTED", "-", "trans=2;hmac=2"),
            row("ISAKMP: authenticator is HMAC-MD5IPSEC(validate_proposal): transform proposal (prot 3, trans 2, hmac_alg 1) not supported",
                "TRANSFORM_NOT_SUPPORTED", "-", "prot=3;trans=2;hmac=1"),
            row("ISAKMP: No cert, and no keys (public or pre-shared) with remote peer 10.9.9.9", "NO_KEY_FOR_PEER", "10.9.9.9", ""),
            row("IPSEC(validate_transform_proposal): peer address 10.4.5.6 not found", "PEER_ADDRESS_NOT_FOUND", "-", "address=10.4.5.6"),
            row("IPSEC(initialize_sas): invalid proxy IDs", "INVALID_PROXY_IDS", "-", ""),
            row("ISAKMP (0): Reserved Not Zero on Payload 5", "RESERVED_NOT_ZERO", "-", "payload=5"),
            row("Reserved Not Zero on Payload 8", "RESERVED_NOT_ZERO", "-", "payload=8"),
            row("VPN Peer:ISAKMP: Peer Info for9.1.2.3/500 not found - peers:0", "PEER_INFO_NOT_FOUND", "9.1.2.3", "peers=0"),
            row("ISAKMP (0): retransmitting phase 1...", "P1_RETRANSMIT", "-", ""),
            row("ISAKMP (0): retransmitting phase 2...", "P2_RETRANSMIT", "-", ""),
            row("return status is IKMP_NO_ERROR", "RETURN_STATUS", "-", "status=IKMP_NO_ERROR"),
            row("crypto_isakmp_process_block:src:9.1.2.3, dest:10.4.5.6 spt:500 dpt:500", "PACKET_FROM_PEER", "9.1.2.3", ""),
            row("ISADB: reaper checking SA 0x11ac374, conn_id = 0 DELETE IT!", "REAPER", "-", ""),
            row("ISAKMP (0): processing NOTIFY payload 26 protocol 1", "NOTIFY", "-", "notify=26;direction=received;ikev=1"),
            row("ERROR: unable to fragment packet pktsize=1500, eff_mtu = 1400", "UNABLE_TO_FRAGMENT", "-", "mtu=1400"),
            row("ISAKMP (0): processing SA payload. message ID = 0", "IKE_TRACE", "-", "step=processing sa payload"),
            row("ISAKMP:      encaps is 1", "IKE_TRACE", "-", "step=transform attribute"),
            row("ISAKMP: transform 1, ESP_3DES", "IKE_TRACE", "-", "step=transform attribute"),
            row("OAK_MM exchange", "IKE_TRACE", "-", "step=OAK_MM"),
            row("IPSEC(sa_initiate): ACL = deny; no sa created", "ACL_DENY_NO_SA", "-", ""),
            row("ISAKMP (0): processing NOTIFY payload 36136 protocol 1", "DPD", "-", "type=R_U_THERE;direction=received"),
            row("ISAMKP (0): received DPD_R_U_THERE from peer 9.1.2.3", "DPD", "9.1.2.3", "type=R_U_THERE"),
            row("ISAKMP (0): sending NOTIFY message 36137 protocol 1", "DPD", "-", "type=R_U_THERE_ACK;direction=sent"),
            row("ISAKMP (0): sending phase 1 RESPONDER_LIFETIME notify", "RESPONDER_LIFETIME_SENT", "-", ""),
            row("ISAKMP (0): sending NOTIFY message 24576 protocol 1", "NOTIFY", "-", "notify=24576;direction=sent"),
            row("VPN Peer: ISAKMP: Added new peer: ip:9.1.2.3/500 Total VPN Peers:8", "PEER_ADDED", "9.1.2.3", ""),
            row("VPN Peer: ISAKMP: Deleted peer: ip:9.1.2.3/500 Total VPN peers:7", "PEER_DELETED", "9.1.2.3", ""),
            row("ISAKMP (0): processing DELETE payload. message ID = 2096747792, spi size = 16", "DELETE_RECEIVED", "-", "spiSize=16;proto=isakmp"),
            row("ISAKMP (0): processing DELETE payload. message ID = 1166168095, spi size = 4", "DELETE_RECEIVED", "-", "spiSize=4;proto=ipsec"),
            row("ISAKMP (0): beginning Main Mode exchange", "P1_STARTED", "-", "mode=main"),
            row("ISAKMP (0): speaking to a VPN3000 concentrator", "VPN3000_PEER", "-", "")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void pixDebugLine(String line, String kind, String peer, String attrs) {
        var e = Ingest.assertSingle(line, kind, peer, attrs);
        assertThat(e.getPlatform()).isNotEqualTo(Platform.UNKNOWN);
    }
}
