package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.model.EventKind;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.result.Diagnosis;

/**
 * A real-looking example line for every catalogue row added in session 7 (test resource
 * vpndoctor/catalog/example-lines.tsv: the source's template filled in, or the source's own text):
 * each is found in its table under its key, reads as the kind the table (or a wording rule that knows
 * its text) gives, on the reference path and on the default path alike, and a healthy IKEv2 session's
 * messages give no root cause.
 */
class CatalogueExampleLinesTest {
    private static final String RESOURCE = "vpndoctor/catalog/example-lines.tsv";
    /** The rows session 7 added: each must have its example line. */
    private static final List<String> ADDED = List.of(
            "CRYPTO-RECVD_PKT_INV_IDENTITY", "CRYPTO-IKMP_CRYPT_FAILURE", "MOTCR-PKTENGRET_ERROR",
            "IKEV2-RECV_CONNECTION_REQUEST", "IKEV2-NEG_ABORT", "IKEV2-SA_UP", "IKEV2-SA_DOWN", "VPN_HW-INFO_LOC", "DMVPN-NHRP_NHC_UP", "602305",
            "717001", "717021", "717029", "717030", "717031", "717033", "717034", "717035", "717036", "717037", "717038", "717054", "717055", "717056");

    record Example(String key, String readsAs, String wording, String line) {
        boolean asa() {
            return key.chars().allMatch(Character::isDigit);
        }
    }

    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = CatalogueExampleLinesTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t");
                assertThat(f).as(l).hasSize(4);
                out.add(new Example(f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    @Test
    void everyAddedRowHasAnExampleAndEveryExampleIsFoundInItsTable() throws IOException {
        Map<String, Example> byKey = new LinkedHashMap<>();
        for (Example e : examples()) byKey.put(e.key(), e);
        assertThat(byKey.keySet()).containsAll(ADDED);
        for (Example e : byKey.values()) {
            if (e.asa()) {
                assertThat(AsaCatalogue.get(e.key())).as(e.key()).isNotNull();
                assertThat(e.line()).contains("-" + e.key() + ":");
            } else {
                IosCatalogue.Entry entry = IosCatalogue.find(e.line());
                assertThat(entry).as(e.line()).isNotNull();
                assertThat(entry.key()).isEqualTo(e.key());
            }
        }
    }

    @Test
    void everyExampleReadsAsItsRowSays() throws IOException {
        for (Example e : examples()) {
            Parsed out = new Parsed();
            MessageParser.Outcome outcome = MessageParser.parse(new Msg(e.line()), out);
            if (e.readsAs().equals("IGNORED")) {
                assertThat(outcome).as(e.line()).isEqualTo(MessageParser.Outcome.IGNORED);
            } else {
                assertThat(outcome).as(e.line()).isEqualTo(MessageParser.Outcome.EVENT);
                assertThat(out.kind).as(e.line()).isEqualTo(EventKind.valueOf(e.readsAs()));
            }
        }
    }

    @Test
    void theDefaultPathKeepsAndReadsEveryExampleAsTheReferencePathDoes() throws IOException {
        for (Example e : examples()) {
            byte[] b = e.line().getBytes(StandardCharsets.US_ASCII);
            assertThat(RelevanceFilter.mayBeRelevant(b, 0, b.length)).as("relevance gate: " + e.line()).isTrue();
            InputAccounting reference = new InputAccounting();
            InputAccounting fast = new InputAccounting();
            List<LogEvent> a = read(e.line(), LogIngest.Mode.STRINGS, reference);
            List<LogEvent> d = read(e.line(), LogIngest.Mode.PARALLEL, fast);
            assertThat(fast.getUnrecognized()).as(e.line()).isZero();
            assertThat(reference.getUnrecognized()).as(e.line()).isZero();
            assertThat(kinds(d)).as(e.line()).isEqualTo(kinds(a));
            if (!e.readsAs().equals("IGNORED")) assertThat(kinds(d)).as(e.line()).containsExactly(e.readsAs());
        }
    }

    @Test
    void aHealthyIkev2SessionsMessagesGiveNoRootCause() {
        // a session that comes up, is deleted by the peer and comes up again: progress only
        String log = String.join("\n",
                "*Mar  3 11:23:00.001: %IKEV2-5-RECV_CONNECTION_REQUEST: Received a IKE_INIT_SA request",
                "*Mar  3 11:23:01.208: %IKEV2-5-SA_UP: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 SA UP. Reason: New Connection Established",
                "*Mar  3 12:40:12.977: %IKEV2-5-SA_DOWN: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 SA DOWN. Reason: Deleted by peer",
                "*Mar  3 12:40:14.001: %IKEV2-5-RECV_CONNECTION_REQUEST: Received a IKE_INIT_SA request",
                "*Mar  3 12:40:15.310: %IKEV2-5-SA_UP: Local:192.0.2.1:500 Remote:198.51.100.2:500 Username:198.51.100.2 SA UP. Reason: New Connection Established",
                "");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("iosxe-ikev2.log", log).build());
        assertThat(d.input().unrecognized()).isZero();
        assertThat(d.rootCauses()).isEmpty();
    }

    @Test
    void aDmvpnHubWhoseSpokesReRegisterGivesNoRootCause() {
        // a hub's tunnel shut and re-enabled: its spokes' NHRP registrations and IPsec sockets drop and come back
        // (a real hub's show logging, code-index 71413604881)
        String log = String.join("\n",
                "*Sep 21 07:11:33.621: %DMVPN-5-NHRP_NHC_DOWN: Tunnel0: Next Hop Client : (Tunnel: 172.16.0.2 NBMA: 198.51.100.2 ) for (Tunnel: 172.16.0.1 NBMA: 203.0.113.2) is DOWN, Reason: External(NHRP: no error)",
                "*Sep 21 07:11:33.621: %DMVPN-5-CRYPTO_SS:  Tunnel0: local address : 203.0.113.2 remote address : 198.51.100.2 socket is DOWN",
                "*Sep 21 07:11:34.225: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF",
                "*Sep 21 07:11:36.224: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down",
                "*Sep 21 07:11:36.224: %LINK-5-CHANGED: Interface Tunnel0, changed state to administratively down",
                "*Sep 21 07:11:40.368: %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON",
                "*Sep 21 07:11:41.122: %DMVPN-5-CRYPTO_SS:  Tunnel0: local address : 203.0.113.2 remote address : 198.51.100.2 socket is UP",
                "*Sep 21 07:11:41.122: %LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up",
                "*Sep 21 07:11:42.013: %DMVPN-5-NHRP_NHC_UP: Tunnel0: Next Hop Client : (Tunnel: 172.16.0.2 NBMA: 198.51.100.2) for (Tunnel: 172.16.0.1 NBMA: 203.0.113.2) is UP",
                "");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("dmvpn-hub.log", log).build());
        assertThat(d.input().unrecognized()).isZero();
        assertThat(d.rootCauses()).isEmpty();
    }

    private static List<String> kinds(List<LogEvent> events) {
        return events.stream().map(LogEvent::getKind).toList();
    }

    private static List<LogEvent> read(String line, LogIngest.Mode mode, InputAccounting acct) {
        LogIngest ingest = new LogIngest(acct, mode);
        try {
            ingest.read("example.log", new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return new ArrayList<>(ingest.events());
    }
}
