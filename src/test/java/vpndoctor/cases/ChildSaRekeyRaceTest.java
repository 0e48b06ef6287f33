package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * IKEv2 child SA rekey race (Cisco CSCvx23833 on FTD, CSCwc54984 on ASA): the data plane reports an invalid SPI
 * inside a CREATE_CHILD_SA exchange, before the new SA is installed. Repeated at two rekeys it is the verdict; one
 * exchange is a lead; an invalid SPI for an SPI already deleted (the old SA's last packets) is noise, even repeated.
 */
class ChildSaRekeyRaceTest {
    @TempDir Path tmp;

    private static final String RACE = "IPSEC_REKEY_RACE";

    @Test
    void theRaceAtTwoFtdRekeysIsTheVerdictOnTheFtd() {
        Diagnosis d = TestDoctor.diagnoseSample("630-ftd-ikev2-rekey-invalid-spi-before-install-repeated");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.rootCauses().get(0).platform()).isEqualTo("FTD");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("203.0.113.20");
    }

    @Test
    void theRaceAtTwoAsaRekeysIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("634-asa-ikev2-rekey-invalid-spi-two-rekeys");
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(RACE);
    }

    @Test
    void oneExchangeWithTheRaceIsALeadOnly() {
        Diagnosis d = TestDoctor.diagnoseSample("632-asa-ikev2-rekey-invalid-spi-single-exchange");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
    }

    @Test
    void theOldSasLastPacketsAfterItsDeleteAreNoise() {
        for (String sample : new String[] {"631-ftd-ikev2-rekey-one-invalid-spi-after-delete", "633-asa-ikev2-rekeys-stragglers-after-delete"}) {
            Diagnosis d = TestDoctor.diagnoseSample(sample);
            assertThat(d.rootCauses()).as(sample).isEmpty();
            assertThat(d.hypotheses()).as(sample).extracting(Finding::id).doesNotContain(RACE);
            assertThat(d.benignIds()).as(sample).contains("BENIGN_TRANSIENT_INVALID_SPI");
        }
    }

    @Test
    void theBugPagesFtdExcerptIsALeadNamingTheFtd() {
        Diagnosis d = TestDoctor.diagnoseSample("real/ftd-ikev2-rekey-pfkey-invalid-spi-new-inbound-sa-palo-alto-peer");
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly(RACE);
        Finding f = d.hypotheses().get(0);
        assertThat(f.platform()).isEqualTo("FTD");
        // the invalid SPI is the new inbound SA's own, printed byte-swapped: a stronger lead than the bare race of 632
        double bare = TestDoctor.diagnoseSample("632-asa-ikev2-rekey-invalid-spi-single-exchange").hypotheses().get(0).confidence();
        assertThat(f.confidence()).isGreaterThan(bare).isLessThan(0.5);
    }

    @Test
    void theAsaDebugRelayedInFtd711001ReadsTheSame() throws IOException {
        Path asa = TestDoctor.samples().resolve("634-asa-ikev2-rekey-invalid-spi-two-rekeys");
        Path twin = Files.createDirectories(tmp.resolve("ftd"));
        // "Jul 25 22:35:53 IKEv2-PLAT-4: ..." as an FTD sends it: "Jul 25 22:35:53: %FTD-5-711001: IKEv2-PLAT-4: ..."
        String ftd = Files.readAllLines(asa.resolve("asa-debug.log"), StandardCharsets.ISO_8859_1).stream()
                .map(l -> l.replaceFirst("^(\\w{3} \\d+ \\d\\d:\\d\\d:\\d\\d) ", "$1: %FTD-5-711001: "))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(twin.resolve("ftd.log"), ftd, StandardCharsets.ISO_8859_1);
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(twin));
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly(RACE);
        assertThat(d.rootCauses().get(0).platform()).isEqualTo("FTD");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.2");
    }
}
