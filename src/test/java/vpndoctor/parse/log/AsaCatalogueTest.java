package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Platform;

/**
 * The ASA/FTD VPN message catalogue (catalog/asa-messages.tsv): every listed id is recognized as the
 * table says, under %ASA- and %FTD-, whatever its wording, on the reference and on the default path.
 */
class AsaCatalogueTest {
    /** A wording no rule knows, naming a peer: what is read comes from the id alone. */
    private static final String PROBE = "Group = 192.0.2.7, IP = 192.0.2.7, zq catalogue probe qz";

    @Test
    void theTableCoversTheVpnFamiliesAndNamesItsSource() throws IOException {
        assertThat(AsaCatalogue.all()).hasSizeGreaterThanOrEqualTo(300);
        String header;
        try (InputStream in = AsaCatalogue.class.getClassLoader().getResourceAsStream(AsaCatalogue.RESOURCE)) {
            header = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(header).contains("Cisco Secure Firewall ASA Series Syslog Messages");
        for (String family : new String[] {"402", "602", "702", "713", "714", "715", "750", "751", "752", "113", "716", "722", "737"}) {
            assertThat(AsaCatalogue.all().keySet()).as(family).anyMatch(id -> id.startsWith(family));
        }
        for (AsaCatalogue.Entry e : AsaCatalogue.all().values()) {
            assertThat(e.meaning()).as(e.id()).isNotBlank();
            // only ids that stand for something normal or failing carry an event kind
            if (e.event() != null) assertThat(e.kind()).as(e.id()).isIn(AsaCatalogue.Kind.SYMPTOM, AsaCatalogue.Kind.PROGRESS);
        }
    }

    @Test
    void everyListedIdIsReadAsTheTableSaysUnderAsaAndFtd() {
        for (AsaCatalogue.Entry e : AsaCatalogue.all().values()) {
            for (String family : new String[] {"ASA", "FTD"}) {
                String line = "%" + family + "-" + Math.max(e.severity(), 3) + "-" + e.id() + ": " + PROBE;
                Parsed out = new Parsed();
                MessageParser.Outcome outcome = MessageParser.parse(new Msg(line), out);
                switch (e.kind()) {
                    case SYMPTOM, PROGRESS -> {
                        assertThat(outcome).as(line).isEqualTo(MessageParser.Outcome.EVENT);
                        assertThat(out.kind).as(line).isEqualTo(e.event() == null ? EventKind.IKE_TRACE : e.event());
                        assertThat(out.attrs).as(line).containsEntry("msgId", e.id());
                    }
                    // remote-access sessions, device internals and harmless ids: recognized, no event
                    case REMOTE_ACCESS, NOT_S2S, BENIGN -> assertThat(outcome).as(line).isEqualTo(MessageParser.Outcome.IGNORED);
                    // a generic id means only what its text says: an unknown text is shown to the user
                    case CARRIER -> assertThat(outcome).as(line).isEqualTo(MessageParser.Outcome.UNRECOGNIZED);
                }
            }
        }
    }

    @Test
    void aSymptomReadFromItsIdAloneVotesOnlyWhenTheLineNamesAnAddress() {
        // the catalogue's own placeholder text: copied from documentation, no device said it (no event at all)
        Parsed out = new Parsed();
        MessageParser.parse(new Msg("%FTD-3-713022: No Group found matching peer_ID or IP_address for Pre-shared key peer IP_address"), out);
        assertThat(out.kind).isNull();
        out.reset();
        MessageParser.parse(new Msg("%FTD-3-713022: No Group found matching 198.51.100.9 for Pre-shared key peer 198.51.100.9"), out);
        assertThat(out.kind).isEqualTo(EventKind.TUNNEL_GROUP_NOT_FOUND);
    }

    @Test
    void ftdLinesAreTheAsaFamilyOnEveryPath() {
        String asa = "Dec  5 10:00:01 fw1 %ASA-5-713119: Group = 192.0.2.7, IP = 192.0.2.7, PHASE 1 COMPLETED";
        String ftd = asa.replace("%ASA-", "%FTD-");
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            List<LogEvent> events = read(mode, ftd);
            assertThat(events).as(mode.name()).singleElement().satisfies(e -> {
                assertThat(e.getKind()).isEqualTo(EventKind.P1_COMPLETED.name());
                assertThat(e.getPeer()).isEqualTo("192.0.2.7");
                // the ASA's family, named for the FTD (session 8: the report says FTD where the lines do)
                assertThat(e.getPlatform()).isEqualTo(Platform.FTD);
                assertThat(e.getPlatform().family()).isEqualTo(Platform.ASA);
            });
        }
    }

    @Test
    void remoteAccessSessionsAreNeverATunnelsEvent() {
        String[] lines = {
            "%FTD-6-751026: Local: 192.0.2.1:4500 Remote: 198.51.100.4:51234 Username: bob IKEv2 Client OS: Windows Client: AnyConnect 4.10",
            "%ASA-6-722051: Group <GP> User <bob> IP <198.51.100.4> IPv4 Address <10.8.0.5> IPv6 address <::> assigned to session",
            "%ASA-6-737026: IPAA: Session=0x00051000, Client assigned 10.8.0.5 from local pool",
            "%ASA-4-113019: Group = GP, Username = bob, IP = 198.51.100.4, Session disconnected. Session Type: AnyConnect-Parent, Duration: 0h:00m:10s, Bytes xmt: 0, Bytes rcv: 0, Reason: User Requested",
            "%ASA-6-716001: Group <GP> User <bob> IP <198.51.100.4> WebVPN session started.",
        };
        for (String line : lines) {
            assertThat(MessageParser.parse(new Msg(line), new Parsed())).as(line).isEqualTo(MessageParser.Outcome.IGNORED);
        }
        // the neighbour: a LAN-to-LAN session's end is the tunnel's
        Parsed out = new Parsed();
        String l2l = "%ASA-4-113019: Group = 198.51.100.4, Username = 198.51.100.4, IP = 198.51.100.4, Session disconnected. Session Type: LAN-to-LAN, Duration: 1h:00m:10s, Bytes xmt: 0, Bytes rcv: 0, Reason: Lost Service";
        assertThat(MessageParser.parse(new Msg(l2l), out)).isEqualTo(MessageParser.Outcome.EVENT);
        assertThat(out.kind).isEqualTo(EventKind.TUNNEL_DOWN);
    }

    @Test
    void onlyVpnMessageIdsLookLikeVpn() {
        assertThat(AsaSyslogParser.vpnFamily("713999")).isTrue();   // unlisted id of an IKE family
        assertThat(AsaSyslogParser.vpnFamily("722051")).isTrue();   // remote access: listed
        assertThat(AsaSyslogParser.vpnFamily("710005")).isFalse();  // management traffic discarded
        assertThat(AsaSyslogParser.vpnFamily("725008")).isFalse();  // SSL cipher lists
        assertThat(AsaSyslogParser.vpnFamily("402123")).isFalse();  // crypto engine internals
        // an SSH cipher line in an unlisted 7xxxxx id is not VPN noise
        String ssh = "%ASA-7-711999: SSH2 session from 10.0.0.9: client proposes ciphers aes256-ctr,aes128-ctr";
        assertThat(MessageParser.parse(new Msg(ssh), new Parsed())).isEqualTo(MessageParser.Outcome.IRRELEVANT);
    }

    @Test
    void anotherIosFacilitysWordsAreNotIkeDebug() {
        // 802.1X "Authentication failed" is no IKE authentication failure (corpus wazuh-cisco_ios)
        String dot1x = "Apr 30 15:10:58: %DOT1X-5-FAIL: Authentication failed for client (Unknown MAC) on Interface Fa0/3 AuditSessionID";
        assertThat(MessageParser.parse(new Msg(dot1x), new Parsed())).isEqualTo(MessageParser.Outcome.IRRELEVANT);
        // the neighbour: IKE debug with the same words is read
        Parsed out = new Parsed();
        assertThat(MessageParser.parse(new Msg("ISAKMP (0:1): authentication failed"), out)).isEqualTo(MessageParser.Outcome.EVENT);
        assertThat(out.kind).isEqualTo(EventKind.HASH_VERIFY_FAILED);
    }

    private static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        return IngestedLines.read(mode, lines);
    }
}
