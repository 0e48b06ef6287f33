package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * 'ip nhrp nhs X' without 'nbma' is read, with the interface's 'ip nhrp map X Y' as its NBMA address: a spoke whose
 * NHS has neither (615, beside the incomplete cache entry of 524) cannot reach its hub, the verdict; the classic
 * map-plus-nhs form (616) gives nothing. Before, the bare nhs line was not read and 615 stayed a 0.40 lead.
 */
class NhrpNhsConfigTest {
    @Test
    void anNhsWithoutNbmaOrMapIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("615-ios-dmvpn-spoke-nhs-without-nbma");
        assertThat(d.rootCauseIds()).containsExactly("NHRP_NHS_MAPPING_MISSING");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("names the NHS 10.99.0.1 with no NBMA address"));
        assertThat(d.rootCauses().get(0).evidence()).anyMatch(l -> l.where().endsWith("spoke.cfg:19"));
    }

    @Test
    void anNhrpMapForTheNhsGivesItsNbma() {
        Diagnosis d = TestDoctor.diagnoseSample("616-ios-dmvpn-spoke-nhs-with-nhrp-map");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(f -> f.id().equals("NHRP_NHS_MAPPING_MISSING"));
    }
}
