package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * "Crypto ISAKMP debugging is on" (the router's answer to 'debug crypto isakmp', pasted with the debug it switched on)
 * is read as noise, not listed among the "unrecognized VPN-looking lines" a rule author is asked to look at.
 */
class DebugSwitchEchoIsNoiseTest {
    @Test
    void theDebugSwitchAnswersAreNotUnrecognized() {
        String log = "R1#debug crypto isakmp\nCrypto ISAKMP debugging is on\nR1#debug crypto ipsec\nCrypto IPSEC debugging is on\n"
                + "R1#debug crypto ikev2\nIKEv2 default debugging is on\nR1#undebug all\nCrypto ISAKMP debugging is off\n";
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("r1.log", log.getBytes()).build());
        assertThat(d.input().unrecognized()).isZero();
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.input().lines()).isEqualTo(8);
    }
}
