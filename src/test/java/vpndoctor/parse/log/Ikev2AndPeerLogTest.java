package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static vpndoctor.parse.log.Ingest.row;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vpndoctor.model.LogEvent;

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
            row("%ASA-3-751022: " + asa + "Tunnel rejected: Crypto Map Policy not found for remote traffic selector 10.2.2.0/10.2.2.255/0/0", "NO_MATCHING_CRYPTO_MAP", "10.0.0.2", "detail=responder: peer's traffic selectors match no crypto map;ikev=2"),
            row("%ASA-3-751002: " + asa + "No preshared key or trustpoint configured for self in tunnel group 10.0.0.2", "NO_KEY_FOR_PEER", "10.0.0.2", "ikev=2"),
            row("%ASA-4-750003: " + asa + "IKEv2 Negotiation aborted due to ERROR: Received invalid KE notify INVALID_KE_PAYLOAD", "NOTIFY", "10.0.0.2", "notify=INVALID_KE_PAYLOAD"),
            row("%ASA-4-750003: " + asa + "IKEv2 Negotiation aborted due to ERROR: The peer's KE payload contained the wrong DH group",
                "P1_NO_OFFERS_ACCEPTED", "10.0.0.2", "detail=Diffie-Hellman group mismatch"),
            row("%ASA-4-750003: " + asa + "IKEv2 Negotiation aborted due to ERROR: Failed to find a matching traffic selector",
                "NO_MATCHING_CRYPTO_MAP", "10.0.0.2", "ikev=2"),
            row("IKEv2:(SESSION ID = 2,SA ID = 1):Session with IKE ID PAIR (10.0.0.2, 10.0.0.1) is UP", "P2_COMPLETED", "-", "ikev=2"),
            // issue 12: auth method vs certificate wordings, ASA IKEv2-PLAT crypto-map checks and initiator set-up failures
            row("IKEv2-PROTO-1: (9): Peer authentication method configured is mismatching with the method proposed by peer", "MISMATCHED_ATTRIBUTE", "-",
                "phase=1;class=Authentication Method;ikev=2"),
            row("IKEv2-PLAT-1: Peer ID check failed", "CERT_AUTH_FAILED", "-", "ikev=2"),
            row("IKEv2-PROTO-1: (140): Unsupported cert encoding found or Peer requested HTTP URL but never sent HTTP_LOOKUP_SUPPORTED Notification",
                "CERT_AUTH_FAILED", "-", "ikev=2"),
            row("IKEv2-PLAT-2: (27): Crypto Map: No proxy match on map VPN_MAP seq 1", "NO_MATCHING_CRYPTO_MAP", "-", "ikev=2"),
            row("IKEv2-PLAT-2: Crypto map VPN_MAP seq 1 is incomplete due to missing ACL", "CRYPTO_MAP_POLICY_NOT_FOUND", "-",
                "detail=crypto map entry incomplete: missing ACL"),
            row("IKEv2-PLAT-1: Can't find tunnel group for peer 10.0.0.2", "NO_KEY_FOR_PEER", "10.0.0.2", "role=initiator;ikev=2"),
            row("IKEv2-PLAT-1: Failed to set P1 auth to build policy", "NO_KEY_FOR_PEER", "-", "role=initiator"),
            // pasted 'show crypto ikev2 sa' rows: the Remote column is the peer
            row(" 14624787 10.0.0.1/500            10.0.0.2/500            Global/Global         READY    INITIATOR", "SHOW_ISAKMP_SA", "10.0.0.2",
                "state=IKEV2_READY;role=initiator;ikev=2"),
            row("1         10.0.0.1/500      10.0.0.3/4500     none/none            IN-NEG", "SHOW_ISAKMP_SA", "10.0.0.3", "state=IKEV2_IN_NEG")
        );
    }

    static Stream<Arguments> peerLogs() {
        return Stream.of(
            row("reason: Client Encryption: User Unknown", "PEER_REPORTS_USER_UNKNOWN", "-", "reportedBy=peer"),
            row("OM: Failed to obtain user object or unknown user", "PEER_REPORTS_USER_UNKNOWN", "-", "reportedBy=peer"),
            row("IKE peer 10.0.0.1 terminated by state machine", "PEER_REPORTS_STATE_MACHINE_TERMINATED", "10.0.0.1", "reportedBy=peer"),
            row("Message: No proposal chosen(14)", "PEER_REPORTS_NO_PROPOSAL_CHOSEN", "-", "reportedBy=peer")
        );
    }

    /** IOS-XE 16/17 and ASA IKEv2 debug lines that are progress: read, never a fault. */
    static Stream<Arguments> ikev2Progress() {
        return Stream.of(
            row("*Apr  3 08:17:36.001: IKEv2:% Getting preshared key from profile keyring KEYRING", "IKE_TRACE", "-", "step=keyring lookup;name=KEYRING"),
            row("IKEv2:% Matched peer block 'ANY-IPV6'", "IKE_TRACE", "-", "step=keyring peer matched;name=ANY-IPV6"),
            row("*Apr  3 08:17:36.002: IKEv2:% Matched peer block SPOKE1", "IKE_TRACE", "-", "name=SPOKE1"),
            row("IKEv2:[IKEv2 -> Crypto Engine] Generate IKEv2 authentication data", "IKE_TRACE", "-", "step=internal hand-off"),
            row("IKEv2:[Crypto Engine -> IKEv2] IKEv2 authentication data generation PASSED", "IKE_TRACE", "-", "step=internal hand-off"),
            row("IKEv2 received all requested SPIs from CTM to respond to a tunnel request.", "IKE_TRACE", "-", "step=SPIs allocated"),
            row("*Apr  3 08:17:36.003: IKEv2:(SESSION ID = 7,SA ID = 1):not a VPN-SIP session", "IKE_TRACE", "-", ""),
            row("IKEv2:(SESSION ID = 31,SA ID = 1):No duplicate IKEv2 SA found", "IKE_TRACE", "-", "step=duplicate SA check"),
            row("IKEv2:Config data to send:", "IKE_TRACE", "-", "step=config data"),
            // the first capture line with its first letter lost reads as the whole one does
            row("KEv2-PLAT-3: RECV PKT [IKE_SA_INIT] [20.20.20.1]:500->[30.30.30.1]:500 InitSPI=0x27354e58b4e16a54 RespSPI=0x0000000000000000 MID=00000000",
                "IKE_TRACE", "20.20.20.1", "ikev=2"),
            row("IKEv2-PLAT-3: (1): SENT PKT [IKE_SA_INIT] [30.30.30.1]:500->[20.20.20.1]:500 InitSPI=0x4f3bb707051d3210 RespSPI=0x2e799d8b77867b14 MID=00000000",
                "IKE_TRACE", "20.20.20.1", "ikev=2"),
            // no IKEv2 profile accepts the peer's identity (Cisco 117337): a fault
            // alone it is no verdict: healthy IOS-XE tunnels log it during the config exchange
            row("Nov 30 22:49:14.468: IKEv2:% IKEv2 profile not found", "IKE_TRACE", "-", "step=IKEv2 profile lookup failed;ikev=2"),
            row("Nov 30 22:49:14.464: IKEv2:%Profile could not be found by peer certificate.", "IKE_PROFILE_NOT_FOUND", "-", "ikev=2")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ikev2Progress")
    void ikev2ProgressLine(String line, String kind, String peer, String attrs) {
        Ingest.assertSingle(line, kind, peer, attrs);
    }

    /** A crypto engine hand-off that failed is not progress: it stays unrecognized until a rule reads it. */
    @Test
    void aFailedHandOffIsNotProgress() {
        Ingest in = Ingest.of("IKEv2:[Crypto Engine -> IKEv2] IKEv2 authentication data generation FAILED");
        assertThat(in.events()).noneMatch(e -> "internal hand-off".equals(e.getAttrs().get("step")));
    }

    /** ASA dump lines carry its SA number first; IOS-XE lists a packet's payloads on one line, a failing notify among them. */
    @Test
    void asaNumberedDumpLinesAndPayloadListsAreRead() {
        Ingest framing = Ingest.of(
            "IKEv2-PROTO-2: (27): Sending Packet [To 20.20.20.1:500/From 30.30.30.1:500/VRF i0:f0]",
            "Num. transforms: 4",
            "(27):     last transform: 0x3, reserved: 0x0: length: 8",
            "(27):     last transform: 0x0, reserved: 0x0: length: 8");
        assertThat(framing.ingest.unrecognized()).isEmpty();
        assertThat(framing.events()).noneMatch(e -> e.getKind().equals("NOTIFY"));

        Ingest refused = Ingest.of(
            "IKEv2:(SESSION ID = 31,SA ID = 1):Received Packet [From FC00:123:123:123::1:500/To FC00:123:123:123::2:500/VRF i0:f0] ",
            "IKEv2 IKE_AUTH Exchange RESPONSE ",
            "Payload contents: ",
            " VID IDr AUTH NOTIFY(NO_PROPOSAL_CHOSEN) ");
        assertThat(refused.last().getKind()).isEqualTo("NOTIFY");
        assertThat(refused.last().getAttrs()).containsEntry("notify", "NO_PROPOSAL_CHOSEN").containsEntry("direction", "received");

        Ingest status = Ingest.of(
            "IKEv2:(SESSION ID = 31,SA ID = 1):Sending Packet [To FC00:123:123:123::1:500/From FC00:123:123:123::2:500/VRF i0:f0] ",
            " VID IDi AUTH CFG SA TSi TSr NOTIFY(INITIAL_CONTACT) NOTIFY(USE_TRANSPORT_MODE) NOTIFY(SET_WINDOW_SIZE) ");
        assertThat(status.events()).noneMatch(e -> e.getKind().equals("NOTIFY"));
        assertThat(status.ingest.unrecognized()).isEmpty();
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

    /** A packet dump's payload lines name neither peer nor direction: the "Received/Sending Packet" header before them does. */
    @Test
    void packetDumpNotifiesTakePeerAndDirectionFromTheHeader() {
        Ingest received = Ingest.of(
            "IKEv2:(SESSION ID = 1,SA ID = 1):Received Packet [From 10.0.0.2:500/To 10.0.0.1:500/VRF i0:f0]",
            "Initiator SPI : 9B3C5D1E2F304152 - Responder SPI : 0000000000000000 Message id: 0",
            "IKEv2 IKE_SA_INIT Exchange RESPONSE",
            "Payload contents:",
            " NOTIFY(NO_PROPOSAL_CHOSEN)  Next payload: NONE, reserved: 0x0, length: 8",
            "    Security protocol id: IKE, spi size: 0, type: NO_PROPOSAL_CHOSEN");
        LogEvent notify = received.events().stream().filter(e -> e.getKind().equals("NOTIFY")).findFirst().orElseThrow();
        assertThat(notify.getPeer()).isEqualTo("10.0.0.2");
        assertThat(notify.getAttrs()).containsEntry("notify", "NO_PROPOSAL_CHOSEN").containsEntry("direction", "received");
        assertThat(received.acct.getUnrecognized()).isZero();

        Ingest sent = Ingest.of(
            "IKEv2:(SESSION ID = 1,SA ID = 1):Sending Packet [To 10.0.0.3:500/From 10.0.0.1:500/VRF i0:f0]",
            "Payload contents:",
            " NOTIFY(TS_UNACCEPTABLE)  Next payload: NONE, reserved: 0x0, length: 8");
        assertThat(sent.last().getAttrs()).containsEntry("notify", "TS_UNACCEPTABLE").containsEntry("direction", "sent");
        assertThat(sent.last().getPeer()).isEqualTo("10.0.0.3");

        // status notifies and the payloads' framing are ordinary trace, not failures
        Ingest status = Ingest.of(
            "IKEv2:(SESSION ID = 1,SA ID = 1):Sending Packet [To 10.0.0.3:500/From 10.0.0.1:500/VRF i0:f0]",
            "  Proposal: 1, Protocol id: IKE, SPI size: 0, #trans: 4    last transform: 0x3, reserved: 0x0: length: 12",
            " NOTIFY(NAT_DETECTION_SOURCE_IP)  Next payload: NOTIFY, reserved: 0x0, length: 28");
        assertThat(status.events()).noneMatch(e -> e.getKind().equals("NOTIFY"));
        assertThat(status.acct.getUnrecognized()).isZero();
    }
}
