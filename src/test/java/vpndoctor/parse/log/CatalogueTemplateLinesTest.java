package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * Lines pasted from Cisco's message catalogue carry its placeholders where a device prints values
 * ("IP = peer-IP", "Src:source_address"): no evidence. A malformed keep-alive (DPD) payload is not a
 * key that fails to decrypt. Both were root causes on the FTD catalogue fixture before.
 */
class CatalogueTemplateLinesTest {

    @Test
    void aCatalogueTemplateLineIsNoEvent() {
        Ingest in = Ingest.of(
                "%FTD-4-713255: IP = peer-IP, Received ISAKMP Aggressive Mode message 1 with unknown tunnel group name group-name",
                "%FTD-3-713061: Tunnel rejected: Crypto Map Policy not found for Src:source_address, Dst: dest_address!",
                "%FTD-3-717009: Certificate validation failed. Reason: reason_string.");
        assertThat(in.events()).isEmpty();
    }

    @Test
    void theSameMessageWithDeviceValuesIsStillRead() {
        LogEvent e = Ingest.assertSingle("%ASA-4-713255: IP = 198.51.100.7, Received ISAKMP Aggressive Mode message 1 with unknown tunnel group name branch7",
                "TUNNEL_GROUP_NOT_FOUND", "198.51.100.7", "");
        assertThat(e).isNotNull();
    }

    @Test
    void aMalformedKeepAlivePayloadIsNotAnAuthenticationFailure() {
        Ingest.assertSingle("%ASA-7-715045: ERROR: malformed Keepalive payload", "IKE_TRACE", "-", "step=malformed keep-alive payload");
    }
}
