package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * "Our crypto map's peer is not an address of the peer device" needs the peer's addresses: a peer config of crypto
 * lines only (no interface address) paired with ours by its map naming our address gave a false 0.85
 * WRONG_PEER_ADDRESS (sample 723). With the peer's interfaces shown, a map peer that is none of them stays the cause.
 */
class PeerConfigWithoutAddressesTest {
    private static final String WRONG_PEER = "WRONG_PEER_ADDRESS";

    @Test
    void aPeerConfigShowingNoAddressSaysNothingOfThem() {
        Diagnosis d = TestDoctor.diagnoseSample("723-cfg-asa-and-router-crypto-lines-without-interfaces");
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain(WRONG_PEER);
        assertThat(d.hypotheses()).extracting(Finding::id).doesNotContain(WRONG_PEER);
    }

    @Test
    void aPeerConfigShowingItsAddressesStillConvicts() {
        Diagnosis d = TestDoctor.diagnoseSample("cfg-wrong-peer-address");
        assertThat(d.rootCauses()).extracting(Finding::id).contains(WRONG_PEER);
    }
}
