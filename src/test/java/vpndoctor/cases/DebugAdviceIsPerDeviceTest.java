package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * "Only syslog for a proxy problem: turn on debug" (rules-drl/advice/next-steps.drl) asks whether the
 * device that logs the silent tunnel shows negotiation detail. Before session 9 it asked whether any
 * line of the evidence did, so in a central syslog one head-end's negotiation lines took the advice
 * away from another head-end's silent tunnel.
 */
class DebugAdviceIsPerDeviceTest {
    private static final String OTHER_DEVICE_NEGOTIATES = String.join("\n",
            "Dec 06 10:00:00 asa-a %ASA-5-713119: Group = 198.51.100.20, IP = 198.51.100.20, PHASE 1 COMPLETED",
            "Dec 06 10:00:00 asa-a %ASA-5-713041: Group = 198.51.100.20, IP = 198.51.100.20, IKE Initiator: New Phase 2, Intf inside, IKE Peer 198.51.100.20  local Proxy Address 10.1.0.0, remote Proxy Address 10.2.0.0,  Crypto map (m)",
            "Dec 06 10:00:01 asa-a %ASA-5-713120: Group = 198.51.100.20, IP = 198.51.100.20, PHASE 2 COMPLETED (msgid=4c1e2a90)");

    private static String silent(String device) {
        return String.join("\n",
                "Dec 06 10:01:00 " + device + " %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED",
                "Dec 06 10:06:00 " + device + " %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED");
    }

    private static Diagnosis diagnose(String log) {
        return TestDoctor.get().diagnose(Evidence.builder().log("central.log", log + "\n").build());
    }

    private static boolean asksForDebug(Diagnosis d, String tunnel) {
        return d.recommendations().stream().anyMatch(a -> a.tunnel().equals(tunnel) && a.command().equals("debug crypto isakmp"));
    }

    @Test
    void anotherDevicesNegotiationLinesDoNotTakeTheAdviceAway() {
        Diagnosis d = diagnose(OTHER_DEVICE_NEGOTIATES + "\n" + silent("asa-b"));
        assertThat(d.rootCauses()).anySatisfy(f -> assertThat(f.tunnel()).isEqualTo("198.51.100.7"));
        assertThat(asksForDebug(d, "198.51.100.7")).isTrue();
    }

    @Test
    void theSameDevicesNegotiationLinesDo() {
        // the neighbour: the device logging the silent tunnel already shows negotiation detail
        Diagnosis d = diagnose(OTHER_DEVICE_NEGOTIATES + "\n" + silent("asa-a"));
        assertThat(asksForDebug(d, "198.51.100.7")).isFalse();
    }
}
