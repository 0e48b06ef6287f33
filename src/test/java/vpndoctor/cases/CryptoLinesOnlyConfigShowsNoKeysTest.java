package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A config file of crypto lines only (the map, its ACL and transform set quoted in an article or a ticket, no
 * interface) does not show where the key lives: it gave a false 0.85 ISAKMP_KEY_MISSING (sample 724; held-out round
 * 11's PIX 7 dynamic-map case, scored first). A config that shows the device and no key keeps the verdict.
 */
class CryptoLinesOnlyConfigShowsNoKeysTest {
    private static final String KEY_MISSING = "ISAKMP_KEY_MISSING";

    @Test
    void cryptoLinesAloneSayNothingOfTheKeys() {
        Diagnosis d = TestDoctor.diagnoseSample("724-cfg-asa-crypto-map-lines-only-no-key-shown");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(KEY_MISSING);
    }

    @Test
    void aWholeConfigWithoutTheKeyKeepsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("cfg-missing-key");
        assertThat(d.rootCauses()).extracting(Finding::id).contains(KEY_MISSING);
    }
}
