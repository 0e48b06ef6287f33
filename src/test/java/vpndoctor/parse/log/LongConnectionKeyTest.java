package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * The fuzz target's StringIndexOutOfBoundsException: a connection line whose event key is longer than
 * the scanner's key buffer (two syslog lines glued together) made the fast path build its key from the
 * old, shorter buffer. The line is read now, not skipped as a parser failure.
 */
class LongConnectionKeyTest {

    @Test
    void aConnectionLineWithAKeyLongerThanTheBufferIsRead() throws Exception {
        String glued = "Apr 30 2024 10:30:00 fw-edge : %ASA-6-302016: Teardown UDP connection 912001 for outside:198.51.100.66/4500"
                + " to identity:203.0.113.6/4500 duration 0:30:00 bytes 18233120Apr 30 2024 10:59:30 fw-edge : %ASA-5-713041:"
                + " Group = 198.51.100.66, IP = 198.51.100.66, IKE Initiator: New Phase 2, Intf inside, IKE Peer 198.51.100.66"
                + "  local Proxy Address 10.6.0.0, remote Proxy Address 10.66.0.0,  Crypto map (outside_map)\n";
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("glued.log", glued.getBytes(StandardCharsets.US_ASCII)).build());
        assertThat(d.input().lines()).isEqualTo(1);
        assertThat(d.input().skippedLines()).isZero();
    }
}
