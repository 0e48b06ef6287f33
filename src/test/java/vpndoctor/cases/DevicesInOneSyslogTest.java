package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A central syslog carries several devices. Two of them talking to the same peer: asa-hq fails phase 1
 * on the key while asa-dc2's tunnel to that peer comes up; the healthy tunnel is not evidence about the
 * failing one (before, both were one tunnel "203.0.113.48" and the PSK mismatch was discounted as "came
 * up after"). A hub and its spoke in one file: the hub's own address is the spoke's peer, and the
 * spoke's failure stays on the spoke's tunnel (before, the spoke's lines lost their peer as "our own
 * address" and the PSK mismatch was charged to the hub's tunnel with another peer).
 */
class DevicesInOneSyslogTest {
    private static final String PEER = "203.0.113.48";

    private static String hqPskFailure() throws IOException {
        return Files.readString(Path.of("facts-samples/048-asa-psk-mismatch/asa.log"));
    }

    /** The other device's healthy tunnel to the same peer, written by HOST. */
    private static String upOn(String host) {
        return String.join("\n",
                "Nov 26 10:02:00 HOST %ASA-5-713119: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 1 COMPLETED",
                "Nov 26 10:02:00 HOST %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1A2B3C4D) between 192.0.2.9 and 203.0.113.48 (user= 203.0.113.48) has been created.",
                "Nov 26 10:02:00 HOST %ASA-6-602303: IPSEC: An inbound LAN-to-LAN SA (SPI= 0x5A6B7C8D) between 192.0.2.9 and 203.0.113.48 (user= 203.0.113.48) has been created.",
                "Nov 26 10:02:00 HOST %ASA-5-713120: Group = 203.0.113.48, IP = 203.0.113.48, PHASE 2 COMPLETED (msgid=0f1e2d3c)")
                .replace("HOST", host) + "\n";
    }

    private static Diagnosis diagnose(String log) {
        return TestDoctor.get().diagnose(Evidence.builder().log("central.log", log).build());
    }

    @Test
    void eachDeviceTunnelToASharedPeerIsDiagnosedApart() throws IOException {
        Diagnosis d = diagnose(hqPskFailure() + upOn("asa-dc2"));
        // the connection line is read without its host (connections are about hosts): it stays under the plain peer
        assertThat(d.tunnels()).contains(PEER + "@asa-dc2", PEER + "@asa-hq");
        assertThat(d.rootCauses()).extracting(Finding::id, Finding::tunnel).containsExactly(org.assertj.core.groups.Tuple.tuple("PSK_MISMATCH", PEER + "@asa-hq"));
        assertThat(d.notes()).anyMatch(n -> n.contains("2 logging devices (asa-dc2, asa-hq)"));
    }

    @Test
    void theFixNamesThePeerNotTheTunnelName() throws IOException {
        Finding psk = diagnose(hqPskFailure() + upOn("asa-dc2")).rootCauses().get(0);
        assertThat(psk.remediation()).anyMatch(c -> c.equals("tunnel-group " + PEER + " ipsec-attributes"));
        assertThat(String.join("\n", psk.remediation())).doesNotContain("@");
    }

    @Test
    void oneDeviceStillSeesItsOwnTunnelComeUpAfterTheFailures() throws IOException {
        // the neighbour: the same lines from one device are one tunnel, and coming up later still counts
        Diagnosis d = diagnose(hqPskFailure() + upOn("asa-hq"));
        assertThat(d.tunnels()).containsExactly(PEER);
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).anyMatch(h -> h.id().equals("PSK_MISMATCH") && h.tunnel().equals(PEER));
    }

    @Test
    void theDeviceWhoseConfigIsGivenKeepsThePlainPeerSoItsConfigJoins() throws IOException {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder()
                .log("central.log", hqPskFailure() + upOn("asa-dc2"))
                .localConfig("asa-hq.cfg", Files.readString(Path.of("facts-samples/048-asa-psk-mismatch/local.cfg")))
                .build());
        assertThat(d.tunnels()).contains(PEER, PEER + "@asa-dc2").doesNotContain(PEER + "@asa-hq");
        assertThat(d.rootCauses()).extracting(Finding::tunnel).containsExactly(PEER);
    }

    @Test
    void linesWithoutAHostBelongToTheDeviceTheSourceLastNamed() throws IOException {
        // the [IKEv1] debug lines of the 048 capture carry no host: they follow asa-hq's relayed lines
        Diagnosis d = diagnose(hqPskFailure() + upOn("asa-dc2"));
        List<String> evidenceTunnels = d.rootCauses().get(0).evidence().stream().map(e -> e.text()).toList();
        assertThat(evidenceTunnels).anyMatch(t -> t.contains("Hash verification failed"));
    }

    @Test
    void aSpokesFailureIsNotChargedToItsHubsOtherTunnel() throws IOException {
        String hub = "Nov 26 10:00:30 asa-hub %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1A2B3C4D) between 198.51.100.2 and 192.0.2.77 (user= 192.0.2.77) has been created.\n";
        // the spoke's side of a PSK failure with the hub (198.51.100.2), relayed into the same file
        String spoke = hqPskFailure().lines().filter(l -> !l.contains("302015"))
                .map(l -> l.replace("asa-hq", "asa-spoke").replace(PEER, "198.51.100.2"))
                .collect(java.util.stream.Collectors.joining("\n"));
        Diagnosis d = diagnose(hub + spoke);
        assertThat(d.rootCauses()).extracting(Finding::id, Finding::tunnel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PSK_MISMATCH", "198.51.100.2"));
    }
}
