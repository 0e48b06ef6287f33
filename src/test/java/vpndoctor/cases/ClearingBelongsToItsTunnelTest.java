package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * "Invalid SPI right after clearing is transient" reads a clearing of the same tunnel, or one that
 * names no peer (the whole device, not another logging device): an SA deleted with another peer is not
 * evidence about this one.
 */
class ClearingBelongsToItsTunnelTest {
    private static final String OTHER_PEERS_SA_DELETED =
            "Jun 02 15:59:42 asa-x %ASA-6-602304: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x5A6B7C8D) between 198.51.100.167 and 203.0.113.67 (user= 203.0.113.67) has been deleted.";
    private static final String INVALID_SPI_FROM =
            "Jun 02 16:00:02 asa-x %ASA-4-402114: IPSEC: Received an ESP packet (SPI= 0x0E1F2A3B, sequence number= 0x9F21) from PEER (user= PEER) to 198.51.100.167.  The decapsulating SA is not found.";

    private static Diagnosis diagnose(String... lines) {
        return TestDoctor.get().diagnose(Evidence.builder().log("asa.log", String.join("\n", lines)).build());
    }

    @Test
    void anotherPeersDeletedSaDoesNotExcuseThisTunnelsInvalidSpi() {
        Diagnosis d = diagnose(OTHER_PEERS_SA_DELETED, INVALID_SPI_FROM.replace("PEER", "203.0.113.99"));
        assertThat(d.benign()).noneMatch(b -> b.id().equals("BENIGN_TRANSIENT_INVALID_SPI") && b.tunnel().equals("203.0.113.99"));
    }

    private static final String CLEARED_BY_OPERATOR =
            "Jun 02 15:59:40 HOST %ASA-5-111008: User 'enable_15' executed the 'clear crypto ipsec sa' command.";

    @Test
    void anotherDevicesClearingDoesNotExcuseThisDevicesInvalidSpi() {
        Diagnosis d = diagnose(CLEARED_BY_OPERATOR.replace("HOST", "asa-y"), INVALID_SPI_FROM.replace("PEER", "203.0.113.99"));
        assertThat(d.benign()).noneMatch(b -> b.id().equals("BENIGN_TRANSIENT_INVALID_SPI"));
    }

    @Test
    void theSameDevicesClearingStillDoes() {
        Diagnosis d = diagnose(CLEARED_BY_OPERATOR.replace("HOST", "asa-x"), INVALID_SPI_FROM.replace("PEER", "203.0.113.99"));
        assertThat(d.benign()).anyMatch(b -> b.id().equals("BENIGN_TRANSIENT_INVALID_SPI") && b.tunnel().equals("203.0.113.99"));
    }

    @Test
    void theSameTunnelsDeletedSaStillDoes() {
        Diagnosis d = diagnose(OTHER_PEERS_SA_DELETED, INVALID_SPI_FROM.replace("PEER", "203.0.113.67"));
        assertThat(d.benign()).anyMatch(b -> b.id().equals("BENIGN_TRANSIENT_INVALID_SPI") && b.tunnel().equals("203.0.113.67"));
    }
}
