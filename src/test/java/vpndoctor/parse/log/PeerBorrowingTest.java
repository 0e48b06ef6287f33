package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * Issue 13.3: a line that names no peer is tied to one only through VPN context (its connection
 * id, an explicit Group/IP, the same device a few seconds apart), never to the last address of an
 * unrelated line, and a line that names its own (unreadable) endpoints never borrows another's.
 */
class PeerBorrowingTest {
    private static final String PEERLESS = "%ASA-6-713904: All IPSec SA proposals found unacceptable!";

    private static LogEvent peerless(Ingest in) {
        return in.events().stream().filter(e -> e.getKind().equals("P2_NO_PROPOSAL_ACCEPTED") && e.getAttrs().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void anEspPaddingLineLendsNoPeer() {
        Ingest in = Ingest.of(
                "Apr 27 2020 02:03:01 dev01: %ASA-6-402130: CRYPTO: Received an ESP packet (SPI = 0x1, sequence number= 0x2) from 172.16.0.1 (user= user) to 192.168.0.4 with incorrect IPsec padding",
                "Apr 27 2020 02:03:02 dev01: " + PEERLESS);
        assertThat(peerless(in).getPeer()).isNull();
    }

    @Test
    void aNetconfLoginLendsNoPeer() {
        Ingest in = Ingest.of(
                "Apr 27 2020 02:03:01 dev01: %DMI-5-AUTH_PASSED: R0/0: dmiauthd: User 'admin' authenticated successfully from 10.1.1.5:51234 and was authorized for netconf over ssh. External groups: PRIV15",
                "Apr 27 2020 02:03:02 dev01: " + PEERLESS);
        assertThat(peerless(in).getPeer()).isNull();
    }

    @Test
    void aLineWithItsOwnEndpointsDoesNotBorrowAnotherPairsPeer() {
        Ingest in = Ingest.of(
                "Apr 27 2020 02:03:03 dev01: %ASA-4-750003: Local:81.2.69.144:7777 Remote:192.168.2.2:7777 Username:admin Negotiation aborted due to ERROR: Failed to locate an item in the database",
                "Apr 27 2020 02:03:03 dev01: %ASA-4-750003: Local:host1.test.com:7777 Remote:host2.test.com:7777 Username:admin Negotiation aborted due to ERROR: Failed to locate an item in the database");
        assertThat(in.events()).filteredOn(e -> e.getOrigins().get(0).getLine() == 2).singleElement()
                .satisfies(e -> assertThat(e.getPeer()).isNull());
    }

    @Test
    void theSameDeviceSecondsLaterKeepsThePeer() {
        Ingest in = Ingest.of(
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 100.60.140.10, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=bbe383e88)",
                "Apr 27 2020 02:03:04 dev01: " + PEERLESS);
        assertThat(peerless(in).getPeer()).isEqualTo("192.168.1.1");
    }

    @Test
    void anotherDeviceOrMinutesLaterDoesNot() {
        String named = "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 100.60.140.10, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=bbe383e88)";
        assertThat(peerless(Ingest.of(named, "Apr 27 2020 02:03:04 dev02: " + PEERLESS)).getPeer()).isNull();
        assertThat(peerless(Ingest.of(named, "Apr 27 2020 02:33:04 dev01: " + PEERLESS)).getPeer()).isNull();
    }

    @Test
    void anExplicitGroupNamesItsPeer() {
        Ingest in = Ingest.of(
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = L2L-HQ, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=bbe383e88)",
                "Apr 27 2020 02:03:04 dev01: %ASA-5-713120: Group = L2L-BR, IP = 192.168.9.9, PHASE 2 COMPLETED (msgid=bbe383e89)",
                "Apr 27 2020 02:03:05 dev01: %ASA-6-713902: Group = L2L-HQ, All IPSec SA proposals found unacceptable!");
        assertThat(in.events()).filteredOn(e -> e.getOrigins().get(0).getLine() == 3).singleElement()
                .satisfies(e -> assertThat(e.getPeer()).isEqualTo("192.168.1.1"));
    }

    @Test
    void theFtdCatalogueMakesNoTunnelOfItsEspPaddingAddress() throws IOException {
        Path dir = LogFiles.corporaDir();
        assumeTrue(dir != null, "../shared/corpora is absent: skipped");
        Path ftd = dir.resolve("wazuh-cisco_ftd.ini.log");
        assumeTrue(Files.exists(ftd), "wazuh-cisco_ftd.ini.log absent");
        Ingest in = new Ingest().read(ftd.toString(), Files.readAllBytes(ftd));
        assertThat(in.events()).extracting(LogEvent::getPeer).doesNotContain("172.16.0.1");
    }
}
