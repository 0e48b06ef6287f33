package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * The IOS/IOS-XE VPN message catalogue (catalog/ios-messages.tsv): every listed message is recognized
 * as the table says, whatever its wording and at whatever severity a release logs it, on the reference
 * path and on the default path; only VPN messages (and tunnel interfaces) are.
 */
class IosCatalogueTest {
    private static final String PEER = "192.0.2.7";

    private static String tag(IosCatalogue.Entry e, int severity) {
        int dash = e.key().indexOf('-');
        return e.key().substring(0, dash) + "-" + severity + "-" + e.mnemonic();
    }

    private static String line(IosCatalogue.Entry e, int severity, String text) {
        return "*Dec  5 10:00:01.123: %" + tag(e, severity) + ": " + text;
    }

    private static String probeText(IosCatalogue.Entry e, boolean address) {
        return e.interfaceScoped() ? "Line protocol on Interface Tunnel0, zq catalogue probe qz" : "zq catalogue probe qz" + (address ? " from " + PEER : "");
    }

    @Test
    void theTableNamesItsSourcesAndCoversTheVpnFacilities() throws IOException {
        assertThat(IosCatalogue.all()).hasSizeGreaterThanOrEqualTo(55);
        String text;
        try (InputStream in = IosCatalogue.class.getClassLoader().getResourceAsStream(IosCatalogue.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String family : new String[] {"CRYPTO-", "PKI-", "DMVPN-", "NHRP-", "IPSEC-", "CRYPTO_ENGINE-", "TUN-", "LINEPROTO-", "LINK-"}) {
            assertThat(IosCatalogue.all().keySet()).as(family).anyMatch(k -> k.startsWith(family));
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            assertThat(f[5]).as(f[0] + ": every row names where it was seen").isNotBlank();
            // every short source key a row cites is defined in the header
            for (String src : f[5].split("; ")) {
                String key = src.startsWith("real:") ? "real:<case>" : src.startsWith("code-index") ? "code-index N" : src.split(" ")[0];
                assertThat(text).as(f[0] + " cites " + src).contains("#   " + key);
            }
        }
        for (IosCatalogue.Entry e : IosCatalogue.all().values()) {
            assertThat(e.meaning()).as(e.tag()).isNotBlank();
            // only messages that stand for something normal or failing carry an event kind
            if (e.event() != null) assertThat(e.kind()).as(e.tag()).isIn(IosCatalogue.Kind.SYMPTOM, IosCatalogue.Kind.PROGRESS);
        }
    }

    @Test
    void everyListedMessageIsReadAsTheTableSaysAtAnySeverity() {
        for (IosCatalogue.Entry e : IosCatalogue.all().values()) {
            for (int severity : new int[] {e.severity(), (e.severity() + 1) % 8}) {
                String line = line(e, severity, probeText(e, true));
                Parsed out = new Parsed();
                MessageParser.Outcome outcome = MessageParser.parse(new Msg(line), out);
                switch (e.kind()) {
                    case SYMPTOM, PROGRESS -> {
                        // the wording rules read a message first; a kind they give agrees with the table's
                        assertThat(outcome).as(line).isEqualTo(MessageParser.Outcome.EVENT);
                        assertThat(out.kind).as(line).isEqualTo(e.event() == null ? EventKind.IKE_TRACE : e.event());
                    }
                    case BENIGN, REMOTE_ACCESS, NOT_S2S -> assertThat(outcome).as(line).isEqualTo(MessageParser.Outcome.IGNORED);
                }
            }
        }
    }

    @Test
    void aSymptomReadFromItsMnemonicAloneVotesOnlyWhenTheLineNamesAnAddress() {
        IosCatalogue.Entry expired = IosCatalogue.all().get("PKI-CERTIFICATE_INVALID_EXPIRED");
        Parsed out = new Parsed();
        // another release's wording, cut before its values: the message exists, no tunnel is named
        MessageParser.parse(new Msg(line(expired, 3, "zq chain check zq (SN: 1DF9)")), out);
        assertThat(out.kind).isEqualTo(EventKind.IKE_TRACE);
        assertThat(out.attrs).containsEntry("msgId", "PKI-CERTIFICATE_INVALID_EXPIRED");
        assertThat(out.tunnelless).as("a trace that names no peer is tied to no tunnel").isTrue();
        out.reset();
        MessageParser.parse(new Msg(line(expired, 3, "zq certificate of peer " + PEER + " zq")), out);
        assertThat(out.kind).isEqualTo(EventKind.CERT_AUTH_FAILED);
    }

    @Test
    void theWordingRulesStillReadTheAttributesTheMnemonicCannotGive() {
        Parsed out = new Parsed();
        String spi = "*Jul 16 10:11:50 GMT: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=10.185.32.222, prot=50, spi=0xEFA48265(4020535909), srcaddr=192.168.34.1";
        assertThat(MessageParser.parse(new Msg(spi), out)).isEqualTo(MessageParser.Outcome.EVENT);
        assertThat(out.kind).isEqualTo(EventKind.INVALID_SPI);
        assertThat(out.peer).isEqualTo("192.168.34.1");
        assertThat(out.attrs).doesNotContainKey("msgId");
        out.reset();
        MessageParser.parse(new Msg("*Sep 21 07:11:33.739: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 203.0.113.2:500 Id: 203.0.113.2"), out);
        assertThat(out.kind).isEqualTo(EventKind.TUNNEL_DOWN);
    }

    @Test
    void aDataPlaneMessageRelayedInsideAnIosXePlatformMessageIsFound() {
        // IOS-XE relays the data plane's messages inside %IOSXE-3-PLATFORM (Cisco bug CSCuv74256's log)
        String hmac = "Nov 26 12:28:42.111: %IOSXE-3-PLATFORM: SIP0: cpp_cp: QFP:0.0 Thread:000 TS:00000182801541574367 "
                + "%IPSEC-3-HMAC_ERROR: IPSec SA receives HMAC error, DP Handle 349, src_addr 11.12.82.1, dest_addr 10.1.1.200, SPI 0xdad10535";
        Parsed out = new Parsed();
        assertThat(MessageParser.parse(new Msg(hmac), out)).isEqualTo(MessageParser.Outcome.EVENT);
        // its wording rule reads it (session 9): the integrity failure of the SA from the peer that sent the packet
        assertThat(out.kind).isEqualTo(EventKind.ESP_INTEGRITY_FAILED);
        assertThat(out.peer).isEqualTo("11.12.82.1");
        // the neighbour: the same carrier relaying a message that is no VPN message
        String fan = "Nov 26 12:28:42.111: %IOSXE-3-PLATFORM: R0/0: kernel: fan tray 1 speed changed";
        assertThat(MessageParser.parse(new Msg(fan), new Parsed())).isEqualTo(MessageParser.Outcome.IRRELEVANT);
    }

    @Test
    void interfaceMessagesAreAboutAVpnOnlyOnTunnelInterfaces() {
        String tunnel = "*Sep 21 07:03:53.907: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down";
        String lan = "*Sep 21 07:03:53.907: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down";
        assertThat(MessageParser.parse(new Msg(tunnel), new Parsed())).isEqualTo(MessageParser.Outcome.IGNORED);
        assertThat(MessageParser.parse(new Msg(lan), new Parsed())).isEqualTo(MessageParser.Outcome.IRRELEVANT);
        // and the relevance gate does not wake every interface line for them
        assertThat(RelevanceFilter.mayBeRelevant(lan)).isFalse();
        assertThat(RelevanceFilter.mayBeRelevant(tunnel)).isTrue();
    }

    @Test
    void remoteAccessAndDeviceMessagesAreNeverATunnelsEvent() {
        String[] lines = {
            "*Mar 1 04:36:05.734: %CRYPTO-6-EZVPN_CONNECTION_UP: (Client) User=ra1 Group=ra1_grp Client_public_addr=172.16.20.1 Server_public_addr=10.1.1.1 Assigned_client_addr=192.168.20.10",
            "*April  1 01:12:10.659: %CRYPTO-6-EZVPN_CONNECTION_DOWN: (Client)  User=ipsecuser  Group=ipsecgroup  Client_public_addr=202.100.1.1  Server_public_addr=61.128.1.1",
            "Jun 23 21:25:16.885: %CRYPTO_ENGINE-5-KEY_ADDITION: A key named gnmitrustpoint1 has been generated or imported by pki",
            "*Mar  4 19:43:48.333: %PKI-3-PKCS12_IMPORT_FAILURE: PKCS #12 import failed for trustpoint: TEST. Reason: Failed to import pkcs12 context",
        };
        for (String line : lines) {
            assertThat(MessageParser.parse(new Msg(line), new Parsed())).as(line).isEqualTo(MessageParser.Outcome.IGNORED);
        }
        // the neighbour: an unlisted mnemonic of a VPN facility is still shown to the user, a non-VPN facility's is not
        assertThat(MessageParser.parse(new Msg("*Dec  5 10:00:01: %CRYPTO-4-ZQ_UNLISTED: zq something new from " + PEER), new Parsed()))
                .isEqualTo(MessageParser.Outcome.UNRECOGNIZED);
        assertThat(MessageParser.parse(new Msg("*Dec  5 10:00:01: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: admin] [Source: 10.0.0.9]"), new Parsed()))
                .isEqualTo(MessageParser.Outcome.IRRELEVANT);
    }

    @Test
    void everyListedMessageIsRecognizedOnTheDefaultPathAsOnTheReferencePath() {
        List<String> differ = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (IosCatalogue.Entry e : IosCatalogue.all().values()) {
            for (boolean address : new boolean[] {true, false}) {
                String line = line(e, e.severity(), probeText(e, address));
                // the gate lets the message through on its mnemonic alone (the probe holds no other keyword)
                if (!RelevanceFilter.mayBeRelevant(line.getBytes(StandardCharsets.US_ASCII), 0, line.length())) lost.add(line);
                InputAccounting reference = new InputAccounting();
                InputAccounting fast = new InputAccounting();
                List<LogEvent> a = read(line, LogIngest.Mode.STRINGS, reference);
                List<LogEvent> b = read(line, LogIngest.Mode.PARALLEL, fast);
                if (a.size() != b.size() || !a.isEmpty() && !a.get(0).getKind().equals(b.get(0).getKind())
                        || reference.getUnrecognized() != fast.getUnrecognized()) differ.add(line);
                // never an unrecognized VPN line
                if (fast.getUnrecognized() != 0) lost.add(line);
                boolean event = e.kind() == IosCatalogue.Kind.SYMPTOM || e.kind() == IosCatalogue.Kind.PROGRESS;
                if (event != (b.size() == 1)) lost.add(line);
            }
        }
        assertThat(lost).as("listed messages not recognized as the table says on the default path").isEmpty();
        assertThat(differ).as("listed messages the default path reads otherwise than the reference path").isEmpty();
    }

    private static List<LogEvent> read(String line, LogIngest.Mode mode, InputAccounting acct) {
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("probe.log", new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return new ArrayList<>(ingest.events());
    }
}
