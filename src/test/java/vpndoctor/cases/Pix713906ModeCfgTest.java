package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/** %PIX-7-713906 (the debug-level generic IKE carrier) with the mode-config address text: read, and no fault. */
class Pix713906ModeCfgTest {
    @Test
    void theModeCfgAddressTextIsReadAsAnOrdinaryStep() {
        Diagnosis d = TestDoctor.diagnoseSample("655-pix-713906-mode-cfg-address-before-xauth");
        assertThat(d.unrecognized()).isEmpty();
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).isEmpty();
    }
}
