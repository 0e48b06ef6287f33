package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * The SPI ledger across the files of one case: one device's 602304 in a syslog server's file and its 402114 in a
 * console capture are one device's lines (same syslog host, or the same own address: the SA's destination), so the
 * invalid SPI is of an SA this device deleted (719: before, each file had its own ledger and the stale SA read as a
 * transient). The peer's deletion of its outbound SA of that SPI (its own address, its own name) is never ours (720),
 * nor is a line of another device name that has our address.
 */
class SpiLedgerAcrossFilesTest {
    private static final String STALE = "PEER_PHASE2_MISCONFIG";
    private static final String ONE = "719-asa-syslog-server-602304-and-console-invalid-spi-one-device";

    @Test
    void aDeleteInTheSyslogServersFileAndInvalidSpisInTheConsoleOfOneAsaShareTheLedger() {
        Diagnosis d = TestDoctor.diagnoseSample(ONE);
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.44");
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void thePeersDeleteOfItsOutboundSaIsNotOurs() {
        Diagnosis d = TestDoctor.diagnoseSample("720-asa-peer-syslog-602304-and-our-console-invalid-spi-two-devices");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(STALE);
        assertThat(d.hypotheses()).filteredOn(h -> h.id().equals(STALE)).extracting(Finding::confidence).allMatch(c -> c < 0.5);
    }

    @Test
    void twoFilesNamingTheSameHostShareTheLedger() throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", server()).log("b.log", console("asa-hq")).build());
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
    }

    @Test
    void anotherDeviceNameWithOurAddressDoesNotBorrow() throws Exception {
        // a failover unit or a rebuilt box answering on the same address keeps its own SAs: a name tells them apart
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", server()).log("b.log", console("asa-hq-standby")).build());
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(STALE);
    }

    @Test
    void withoutClockTimesAnotherFilesDeleteIsNotRelated() throws Exception {
        // two files' line numbers say nothing of which came first
        String unclocked = console(null).replaceAll("(?m)^Apr 22 2026 \\d\\d:\\d\\d:\\d\\d: ", "");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", server()).log("b.log", unclocked).build());
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(STALE);
        assertThat(d.hypotheses()).filteredOn(h -> h.id().equals(STALE)).extracting(Finding::confidence).allMatch(c -> c > 0.25);
    }

    private static String server() throws java.io.IOException {
        return Files.readString(TestDoctor.samples().resolve(ONE + "/asa-hq-1-syslog-server.log"));
    }

    /** The console's 402114 lines, as a syslog server would print them with host {@code host} (null: as captured). */
    private static String console(String host) throws java.io.IOException {
        String text = Files.readString(TestDoctor.samples().resolve(ONE + "/asa-hq-2-console.log"));
        return host == null ? text : text.replaceAll("(?m)^Apr 22 2026 (\\d\\d:\\d\\d:\\d\\d): ", "Apr 22 $1 " + host + " ");
    }
}
