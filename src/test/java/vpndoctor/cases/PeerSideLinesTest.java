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
 * Lines of the other side's gateway pasted into the evidence (Check Point, Nokia: parse/log/PeerLogRules)
 * name the gateways of their own side's view: the address they call their peer is ours. They belong to
 * the tunnel whose addresses they name; with addresses of another pair they belong to no tunnel of ours,
 * even when the evidence names only one peer (before session 10 they were given to that peer).
 */
class PeerSideLinesTest {
    private static final Path CHECKPOINT = TestDoctor.samples().resolve("044-checkpoint-user-unknown-xauth");
    private static final Path NOKIA = TestDoctor.samples().resolve("045-nokia-terminated-by-state-machine");

    private static List<String> causesOn(Diagnosis d, String tunnel) {
        return d.rootCauses().stream().filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    private static List<String> everythingOn(Diagnosis d, String tunnel) {
        return java.util.stream.Stream.concat(d.rootCauses().stream(), d.hypotheses().stream())
                .filter(f -> f.tunnel().equals(tunnel)).map(Finding::id).toList();
    }

    @Test
    void aCheckPointLineAboutAnotherPairIsNotGivenToTheOnlyPeer() throws IOException {
        String debug = Files.readString(CHECKPOINT.resolve("pix-debug.log"));
        // the same Check Point lines, about a gateway pair that is neither our PIX (198.51.100.42) nor its peer
        String otherPair = Files.readString(CHECKPOINT.resolve("checkpoint.log"))
                .replace("198.51.100.42 (pix-gw)", "192.0.2.200 (branch-gw)")
                .replace("src: 198.51.100.42 dst: 203.0.113.42", "src: 192.0.2.200 dst: 203.0.113.99");
        Diagnosis alone = TestDoctor.get().diagnose(Evidence.builder().log("pix-debug.log", debug).build());
        Diagnosis withOther = TestDoctor.get().diagnose(Evidence.builder().log("pix-debug.log", debug).log("checkpoint.log", otherPair).build());

        assertThat(everythingOn(withOther, "203.0.113.42")).isEqualTo(everythingOn(alone, "203.0.113.42"))
                .doesNotContain("XAUTH_ON_L2L_PEER");
        assertThat(withOther.notes()).anyMatch(n -> n.contains("tunnel \"unknown\""));
    }

    @Test
    void theSameCheckPointLinesAboutOurPairStayOnTheTunnel() throws IOException {
        // the neighbour: the sample as written names our PIX, so the lines explain its tunnel
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(CHECKPOINT));
        assertThat(causesOn(d, "203.0.113.42")).contains("XAUTH_ON_L2L_PEER");
        assertThat(d.tunnels()).containsExactly("203.0.113.42");
    }

    @Test
    void aNokiaLineNamingOurAddressIsTheSameTunnelAsOurDebug() throws IOException {
        // the Nokia says "IKE SA with 198.51.100.45": that is our PIX (the debug's dest), so one tunnel, not two
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(NOKIA));
        assertThat(d.tunnels()).containsExactly("192.0.2.45");
        assertThat(causesOn(d, "192.0.2.45")).containsExactly("ISAKMP_IDENTITY_NOT_ADDRESS");
    }

    @Test
    void aNokiaLineAloneKeepsTheAddressItNames() throws IOException {
        // without our side's lines nothing says which address is ours: the line's own peer stays the tunnel
        String nokia = Files.readString(NOKIA.resolve("nokia-cluster.log"));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("nokia-cluster.log", nokia).build());
        assertThat(d.tunnels()).containsExactly("198.51.100.45");
    }

    @Test
    void thePeersOwnHostNameDoesNotSplitTheTunnelByDevice() throws IOException {
        // our ASA logs with a host name, the Nokia with its own: still one tunnel, not "peer@device"
        String asa = "Nov 12 10:11:08 asa-hq %ASA-5-713119: Group = 192.0.2.45, IP = 192.0.2.45, PHASE 1 COMPLETED\n"
                + "Nov 12 10:11:08 asa-hq %ASA-5-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1A2B3C4D) between 198.51.100.45 and 192.0.2.45 (user= 192.0.2.45) has been created.\n";
        String nokia = Files.readString(NOKIA.resolve("nokia-cluster.log"));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("asa.log", asa).log("nokia-cluster.log", nokia).build());
        assertThat(d.tunnels()).containsExactly("192.0.2.45");
    }
}
