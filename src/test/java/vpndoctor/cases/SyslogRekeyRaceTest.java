package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * The child SA rekey race read from syslog alone (ASA/FTD 402114 with its SPI, 602303/602304): an invalid SPI
 * logged seconds before the 602303 that creates the SA with that SPI is the race; the same pair without clock
 * times, or minutes apart, is not; an invalid SPI of an SA just deleted is the old SA's straggler.
 */
class SyslogRekeyRaceTest {
    private static final String RACE = "IPSEC_REKEY_RACE";

    @Test
    void anInvalidSpiSecondsBeforeItsNewSaAtTwoRekeysIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("650-asa-syslog-rekey-invalid-spi-before-new-sa-two-rekeys");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.2");
        // the new SA's own SPI called invalid is not an old SA's straggler
        assertThat(d.benignIds()).doesNotContain("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void oneSuchRekeyInFtdSyslogIsALeadNamingTheFtd() {
        Diagnosis d = TestDoctor.diagnoseSample("653-ftd-syslog-rekey-invalid-spi-before-new-sa-one-rekey");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.hypotheses().get(0).platform()).isEqualTo("FTD");
        assertThat(d.hypotheses().get(0).confidence()).isGreaterThan(0.25).isLessThan(0.5);
    }

    @Test
    void theOldSasLastPacketAfterItsDeleteStaysBenignAtEveryRekey() {
        Diagnosis d = TestDoctor.diagnoseSample("651-asa-syslog-rekey-stragglers-after-sa-delete");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(RACE);
        assertThat(d.benignIds()).contains("BENIGN_TRANSIENT_INVALID_SPI");
    }

    @Test
    void withoutClockTimesTheSamePairsAreAWeakLeadOnly() {
        Diagnosis d = TestDoctor.diagnoseSample("652-asa-syslog-invalid-spi-new-sa-no-clock-times");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.hypotheses().get(0).confidence()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void theSameSpiCreatedMinutesLaterIsNoRekeyOfIt() {
        Diagnosis d = TestDoctor.diagnoseSample("654-asa-syslog-invalid-spi-sa-created-minutes-later");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(RACE);
    }
}
