package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.parse.CaseFileSniffer;
import vpndoctor.result.Diagnosis;

/**
 * A case folder file holding only pasted state output that the log reader reads (an IKEv1
 * 'show vpn-sessiondb detail l2l', a packet-tracer run, 'show interfaces TunnelN', a ping) is
 * evidence whatever its name: the sniffer knows such output by the same openers the reader uses.
 * Before, a *.txt of it was skipped as "neither a config nor VPN log" (a real case's IKEv1 session
 * table came to "no evidence given").
 */
class StateOutputFilesByContentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "facts-samples/real/asa-ikev1-l2l-session-bytes-tx-zero-vpn-filter-cause-unknown/asa-show-vpn-sessiondb-detail-l2l.txt",
        "facts-samples/212-asa-packet-tracer-nat-before-crypto/asa-packet-tracer.log",
        "facts-samples/674-ios-show-interfaces-both-vti/r1-show.log",
        "facts-samples/506-ios-peer-ping-fails-next-hop-answers-no-ike-evidence/router.log"})
    void aStateOutputAloneIsReadWhateverTheFileName(String file, @TempDir Path dir) throws Exception {
        Files.copy(Path.of(file), dir.resolve("pasted-output.txt"));
        Evidence byFolder = Evidence.fromCaseFolder(dir);
        assertThat(byFolder.skipped()).as("not skipped").isEmpty();
        assertThat(byFolder.inputs()).singleElement().extracting(Evidence.Input::kind).isEqualTo(Evidence.Kind.LOG);

        Diagnosis d = TestDoctor.get().diagnose(byFolder);
        Diagnosis asLog = TestDoctor.get().diagnose(Evidence.builder().log(Path.of(file)).build());
        assertThat(d.input().relevant()).as("read as the log reader reads it").isPositive().isEqualTo(asLog.input().relevant());
        assertThat(d.rootCauseIds()).isEqualTo(asLog.rootCauseIds());
    }

    @Test
    void aConfigWithTunnelInterfacesIsStillAConfig() throws Exception {
        // neighbour: a config's own lines never open a state output
        for (String cfg : new String[] {"facts-samples/048-asa-psk-mismatch/local.cfg", "facts-samples/234-cfg-ios-vti-hub-gre-spoke-tunnel-mode-mismatch/local.cfg"}) {
            Path p = Path.of(cfg);
            assertThat(CaseFileSniffer.sniff(p).kind()).as(cfg).isEqualTo(CaseFileSniffer.Kind.CONFIG);
        }
    }
}
