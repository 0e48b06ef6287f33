package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/** A healthy config pair said "no root cause found across 0 tunnel(s)": the paired crypto map entries are a tunnel. */
class HealthyConfigPairNamesItsTunnelsTest {

    @Test
    void aHealthyConfigPairCountsTheTunnelItPairs() throws Exception {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/cfg-healthy-asa-asa")));
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.tunnels()).hasSize(1);
        assertThat(new TextReport(Style.plain(), false).render(d)).contains("across 1 tunnel(s)").doesNotContain("0 tunnel(s)");
    }
}
