package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * An invalid SPI for an SA this device itself deleted (ASA 602304, the sa_spi line of an IOS 'IPSEC(delete_sa)'
 * listing): seconds after the delete the old SA's last packets, still arriving well after it with no new SA the
 * peer's stale SA; without clock times a weak lead; an SPI never listed is read as before. The IOS create_sa
 * listing's SPI reported invalid seconds before is the rekey race lead, as 602303's is in syslog.
 */
class InvalidSpiOfDeletedSaTest {
    private static final String STALE = "PEER_PHASE2_MISCONFIG";

    @Test
    void iosInvalidSpiMinutesAfterItsOwnDeleteSaListingIsThePeersStaleSa() {
        Diagnosis d = TestDoctor.diagnoseSample("690-ios-debug-invalid-spi-long-after-own-delete-sa");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.7");
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void theSameDebugRelayedThroughAHostKeepsItsVerdict() throws java.io.IOException {
        // "Mar  3 10:40:52 nocbox logger: IPSEC(delete_sa): ...": the relay names a host on the dated first line of a
        // listing, its undated sa_spi continuation names none; the SPI is still that host's (WrappedLinesKeepTheirVerdictTest found it)
        java.nio.file.Path log = TestDoctor.samples().resolve("690-ios-debug-invalid-spi-long-after-own-delete-sa/router.log");
        StringBuilder relayed = new StringBuilder();
        for (String l : java.nio.file.Files.readAllLines(log)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\*(\\w{3}) +(\\d+) (\\d\\d:\\d\\d:\\d\\d)\\.\\d+: (.*)$").matcher(l);
            relayed.append(m.matches() ? String.format("%s %2d %s nocbox logger: %s", m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)) : l).append('\n');
        }
        Diagnosis d = TestDoctor.get().diagnose(vpndoctor.Evidence.builder().log("router.log", relayed.toString().getBytes()).build());
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void iosStragglerSecondsAfterTheDeleteAtRekeyStaysBenign() {
        Diagnosis d = TestDoctor.diagnoseSample("691-ios-debug-invalid-spi-seconds-after-own-delete-rekey");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(STALE);
        assertThat(d.benignIds()).contains("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void asaInvalidSpiMinutesAfterIts602304IsThePeersStaleSa() {
        Diagnosis d = TestDoctor.diagnoseSample("692-asa-syslog-invalid-spi-long-after-602304");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void withoutClockTimesTheSameIsAWeakLeadBesideTheBenignReading() {
        Diagnosis d = TestDoctor.diagnoseSample("693-asa-syslog-invalid-spi-after-602304-no-clock-times");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.hypotheses().get(0).confidence()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void anInvalidSpiNeverListedIsNotTiedToTheDelete() {
        Diagnosis d = TestDoctor.diagnoseSample("694-ios-debug-invalid-spi-never-listed-beside-delete");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(STALE);
        assertThat(d.benignIds()).contains("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void iosCreateSaListingWhoseSpiWasReportedInvalidSecondsBeforeIsARekeyRaceLead() {
        Diagnosis d = TestDoctor.diagnoseSample("695-ios-debug-invalid-spi-seconds-before-create-sa-listing");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly("IPSEC_REKEY_RACE");
        assertThat(d.hypotheses().get(0).confidence()).isGreaterThan(0.25).isLessThan(0.5);
    }

    @Test
    void pixInvalidSpiMinutesAfterIts602302IsThePeersStaleSa() {
        // PIX 6's one-line listings (602301 "sa created, (sa) ..", 602302 "deleting SA, (sa) ..") and 402101 feed the same ledger
        Diagnosis d = TestDoctor.diagnoseSample("717-pix-syslog-invalid-spi-long-after-602302");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(STALE);
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.71");
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
        assertThat(d.unrecognized()).isEmpty();
    }

    @Test
    void aPixInvalidSpiNeverListedIsNotTiedToThe602302() {
        Diagnosis d = TestDoctor.diagnoseSample("718-pix-syslog-invalid-spi-never-listed-beside-602302");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(STALE);
        assertThat(d.benignIds()).contains("BENIGN_TRANSIENT_INVALID_SPI");
    }
}
