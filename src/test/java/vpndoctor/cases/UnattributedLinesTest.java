package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * Issue 13.3: messages that name no peer and cannot be tied to one tunnel are said to be
 * unattributed (a note in every report format), and with a single VPN tunnel they still count for it.
 */
class UnattributedLinesTest {
    private static final String PEERLESS = "%ASA-6-713904: All IPSec SA proposals found unacceptable!";

    @Test
    void peerlessMessagesAmongSeveralTunnelsAreReportedAsUnattributed() {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", String.join("\n",
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 192.168.1.1, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=1)",
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 192.168.9.9, IP = 192.168.9.9, PHASE 2 COMPLETED (msgid=2)",
                "Apr 27 2020 02:13:03 dev02: " + PEERLESS, "")).build());
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("1 log message").contains("name no peer").contains("2 tunnels"));
    }

    @Test
    void withASingleTunnelTheyCountForIt() {
        // the same device's lines (session 10: a line of a device that logs nothing about the one peer is no
        // longer given to it, see AnotherDevicesLinesTest and the next test)
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", String.join("\n",
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 192.168.1.1, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=1)",
                "Apr 27 2020 02:13:03 dev01: " + PEERLESS, "")).build());
        assertThat(d.notes()).noneSatisfy(n -> assertThat(n).contains("name no peer"));
        assertThat(d.hypotheses().stream().filter(h -> h.tunnel().equals("unknown"))).isEmpty();
    }

    @Test
    void anotherDevicesLineBesideASingleTunnelIsReportedAsUnattributed() {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("a.log", String.join("\n",
                "Apr 27 2020 02:03:03 dev01: %ASA-5-713120: Group = 192.168.1.1, IP = 192.168.1.1, PHASE 2 COMPLETED (msgid=1)",
                "Apr 27 2020 02:13:03 dev02: " + PEERLESS, "")).build());
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("1 log message").contains("name no peer"));
    }
}
