package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A message that names no peer is given the evidence's only peer (engine/PeerAttribution). In a central
 * syslog that peer is another device's: before session 10, fw-b's certificate failures were given fw-a's
 * one peer, and the report invented a tunnel "198.51.100.7@fw-b" with a certificate fault. A line of a
 * device that logs no line about that peer now stays under tunnel "unknown".
 */
class AnotherDevicesLinesTest {
    private static final String FW_A = String.join("\n",
            "Dec  6 10:00:00 fw-a %ASA-5-713119: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 1 COMPLETED",
            "Dec  6 10:00:00 fw-a %ASA-5-713120: Group = 198.51.100.7, IP = 198.51.100.7, PHASE 2 COMPLETED (msgid=7c1a2b3d)");
    private static final String CERT = "%ASA-3-717009: Certificate validation failed. No suitable trustpoints found to validate certificate"
            + " serial number: 0A1B2C, subject name: cn=branch9.example.net, issuer name: cn=Example Issuing CA.";

    private static String certFailuresOf(String device) {
        return "Dec  6 10:00:05 " + device + " " + CERT + "\nDec  6 10:01:05 " + device + " " + CERT + "\n";
    }

    private static List<String> causesOn(Diagnosis d, String tunnel) {
        return d.rootCauses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void anotherDevicesPeerlessLinesAreNotGivenThisDevicesPeer() {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("central.log", FW_A + "\n" + certFailuresOf("fw-b")).build());
        assertThat(d.tunnels()).doesNotContain("198.51.100.7@fw-b");
        assertThat(causesOn(d, "198.51.100.7")).isEmpty();
        assertThat(causesOn(d, "unknown")).containsExactly("IKE_AUTH_CERT_FAILURE");
    }

    @Test
    void theSameDevicesPeerlessLinesAreStillAboutItsOnlyPeer() {
        // the neighbour: fw-a itself logs the failures, so they are about its one tunnel
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("fw-a.log", FW_A + "\n" + certFailuresOf("fw-a")).build());
        assertThat(causesOn(d, "198.51.100.7")).containsExactly("IKE_AUTH_CERT_FAILURE");
    }
}
