package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;

/**
 * Session 9: the wordings of catalogue ids that now have a kind, in the format of Cisco's message
 * text, on every reading path: what they are, the attributes rules read, and which tunnel they join.
 */
class AsaCatalogueWordingsTest {
    private static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        return IngestedLines.read(mode, lines);
    }

    private static LogEvent only(List<LogEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.getKind().equals(kind.name())).findFirst().orElseThrow(() -> new AssertionError(kind + " not in " + events));
    }

    private static final String PHASE1 = "Dec 06 10:00:00 asa-hq %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED";

    @Test
    void anExpiredTrustpointIsNoTunnelsAndNamesItsTrustpoint() {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            List<LogEvent> events = read(mode, PHASE1,
                    "Dec 06 10:00:01 asa-hq %ASA-1-717055: The ID certificate in the trustpoint ASA-ID-TP has expired. Expiration 00:00:00 UTC Nov 30 2026 Subject Name CN=asa Issuer Name CN=ca Serial Number 3A7F");
            LogEvent e = only(events, EventKind.TRUSTPOINT_CERT_EXPIRED);
            assertThat(e.attr("name")).as(mode.name()).isEqualTo("ASA-ID-TP");
            assertThat(e.attr("type")).isEqualTo("ID");
            // logged on a timer for every trustpoint: it does not borrow the negotiation just before it
            assertThat(e.getPeer()).as(mode.name()).isNull();
        }
    }

    @Test
    void aClearPacketNamesItsHostsNotThePeer() {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            List<LogEvent> events = read(mode, PHASE1,
                    "Dec 06 10:00:02 asa-hq %ASA-4-402117: IPSEC: Received a non-IPSec packet (protocol= TCP) from 10.20.0.5 to 10.10.0.9.");
            LogEvent e = only(events, EventKind.CLEARTEXT_FOR_PROTECTED_TRAFFIC);
            assertThat(e.attr("src")).isEqualTo("10.20.0.5");
            assertThat(e.attr("dst")).isEqualTo("10.10.0.9");
            assertThat(e.getPeer()).as(mode.name()).isEqualTo("198.51.100.7");
        }
    }

    @Test
    void theRejectionsNameTheirPeerAndTheConfiguredOne() {
        List<LogEvent> events = read(LogIngest.Mode.values()[0],
                "Dec 06 10:01:05 asa-hq %ASA-7-713187: Group = 198.51.100.63, IP = 198.51.100.63, Tunnel Rejected: IKE peer does not match remote peer as defined in L2L policy IKE peer address: 198.51.100.63, Remote peer address: 198.51.100.93",
                "Dec 06 10:01:06 asa-hq %ASA-3-713195: Group = 198.51.100.61, IP = 198.51.100.61, Tunnel rejected: Originate-Only: Cannot accept incoming tunnel yet!",
                "Dec 06 10:01:07 asa-hq %ASA-5-713196: Group = 198.51.100.70, IP = 198.51.100.70, Remote L2L Peer 198.51.100.70 initiated a tunnel with same outer and inner addresses.  Peer could be Originate Only - Possible misconfiguration!",
                "Dec 06 10:01:08 asa-hq %ASA-4-751015: Local:192.0.2.1:500 Remote:198.51.100.74:500 Username:198.51.100.74 SA request rejected by CAC. Reason: IN-NEGOTIATION SA LIMIT REACHED",
                "Dec 06 10:01:09 asa-hq %ASA-3-751010: Local:192.0.2.1:500 Remote:198.51.100.76:500 Username:198.51.100.76 Unable to determine self-authentication method. No crypto map setting or tunnel group found.");
        LogEvent p = only(events, EventKind.PEER_NOT_IN_L2L_POLICY);
        assertThat(p.getPeer()).isEqualTo("198.51.100.63");
        assertThat(p.attr("address")).isEqualTo("198.51.100.93");
        assertThat(only(events, EventKind.ORIGINATE_ONLY_REFUSED).getPeer()).isEqualTo("198.51.100.61");
        assertThat(only(events, EventKind.PEER_PROXY_IS_ITS_GATEWAY).getPeer()).isEqualTo("198.51.100.70");
        assertThat(only(events, EventKind.TUNNEL_LIMIT_REACHED).getPeer()).isEqualTo("198.51.100.74");
        assertThat(only(events, EventKind.NO_KEY_FOR_PEER).getPeer()).isEqualTo("198.51.100.76");
    }

    @Test
    void aBackwardsProxyRangeAndACertificateUnderAKeyMethodAreRead() {
        Parsed out = new Parsed();
        MessageParser.parse(new Msg("%ASA-3-713032: Group = 198.51.100.86, IP = 198.51.100.86, Received invalid local Proxy Range 10.86.0.255 - 10.86.0.0"), out);
        assertThat(out.kind).isEqualTo(EventKind.INVALID_PROXY_RANGE);
        assertThat(out.attrs).containsEntry("detail", "invalid local proxy range");
        // the valid range message of the same family is an ordinary trace
        out.reset();
        MessageParser.parse(new Msg("%ASA-7-713028: Group = 198.51.100.87, IP = 198.51.100.87, Received local Proxy Range data in ID Payload:  Addresses 10.87.0.0 - 10.87.0.255, Protocol 0, Port 0"), out);
        assertThat(out.kind).isNotEqualTo(EventKind.INVALID_PROXY_RANGE);
        out.reset();
        MessageParser.parse(new Msg("%ASA-3-713086: Group = 198.51.100.88, IP = 198.51.100.88, Received unexpected Certificate payload Possible invalid Auth Method (Auth method (1))"), out);
        assertThat(out.kind).isEqualTo(EventKind.MISMATCHED_ATTRIBUTE);
        assertThat(out.attrs).containsEntry("phase", "1").containsEntry("class", "Authentication Method");
        // Cisco's template text of the same message (a corpus of message formats) is no device's line
        out.reset();
        MessageParser.parse(new Msg("%FTD-3-713086: Received unexpected Certificate payload Possible invalid Auth Method (Auth method (auth numerical value))"), out);
        assertThat(out.kind).isNotEqualTo(EventKind.MISMATCHED_ATTRIBUTE);
    }

    @Test
    void messagesCiscoSaysNeedNoActionAreRecognizedAndDropped() {
        String[] lines = {
            "%ASA-3-713133: Group = 198.51.100.79, IP = 198.51.100.79, Mismatch: Overriding phase 2 DH Group(DH group 2) with phase 1 group(DH group 14)",
            "%ASA-3-713134: Group = 198.51.100.79, IP = 198.51.100.79, Mismatch: P1 Authentication algorithm in the crypto map entry different from negotiated algorithm for the L2L connection",
            "%ASA-6-713124: Group = 198.51.100.79, IP = 198.51.100.79, Received DPD sequence number 12 in DPD Action, description expected seq # 11",
            "%ASA-5-713006: Group = 198.51.100.79, IP = 198.51.100.79, Failed to obtain state for message Id 1234, Peer Address: 198.51.100.79",
            "%ASA-7-715052: Group = 198.51.100.79, IP = 198.51.100.79, Old P1 SA is being deleted but new SA is DEAD, cannot transition centries",
            "%ASA-7-715071: Group = 198.51.100.79, IP = 198.51.100.79, AH proposal not supported",
        };
        for (String line : lines) assertThat(MessageParser.parse(new Msg(line), new Parsed())).as(line).isEqualTo(MessageParser.Outcome.IGNORED);
    }

    @Test
    void replayAndIntegrityDropsJoinTheirFamiliesOnThePeerThatSentThem() {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            List<LogEvent> events = read(mode, PHASE1,
                    "Dec 06 10:00:03 asa-hq %ASA-4-402119: IPSEC: Received an ESP packet (SPI= 0x5E6F7081, sequence number= 0x2AF1) from 198.51.100.7 (user= 198.51.100.7) to 203.0.113.6 that failed anti-replay checking.",
                    "Dec 06 10:00:04 asa-hq %ASA-4-402120: IPSEC: Received an ESP packet (SPI= 0x5E6F7081, sequence number= 0x2AF5) from 198.51.100.7 (198.51.100.7) to 203.0.113.6 that failed authentication.");
            LogEvent replay = only(events, EventKind.ESP_REPLAY_DROPPED);
            assertThat(replay.getPeer()).as(mode.name()).isEqualTo("198.51.100.7");
            LogEvent integrity = only(events, EventKind.ESP_INTEGRITY_FAILED);
            assertThat(integrity.getPeer()).as(mode.name()).isEqualTo("198.51.100.7");
            assertThat(integrity.attr("unexplained")).isNotEqualTo("true");
        }
    }
}
