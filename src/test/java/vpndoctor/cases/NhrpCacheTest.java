package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * 'show ip nhrp' (the NHRP cache): the spoke's own NHS held as "Type: incomplete, Flags: negative" is a
 * lead that its NBMA mapping is missing; an incomplete entry for another spoke (a shortcut being
 * resolved) beside a static mapping of the NHS is nothing.
 */
class NhrpCacheTest {
    @Test
    void anIncompleteEntryForTheNhsIsAMappingLead() {
        Diagnosis d = TestDoctor.diagnoseSample("524-ios-dmvpn-spoke-nhrp-cache-nhs-incomplete");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).extracting(Finding::id).containsExactly("NHRP_NHS_MAPPING_MISSING");
        assertThat(d.hypotheses()).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
    }

    @Test
    void anIncompleteEntryForAnotherSpokeBesideAMappedNhsIsNothing() {
        Diagnosis d = TestDoctor.diagnoseSample("525-ios-dmvpn-spoke-nhrp-cache-nhs-static-spoke-incomplete");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }
}
