package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Two static VTIs of one IOS router between the same two addresses (670): only one registers its IPsec protection, the
 * other shows "linestate protection reg down". Read from the config and from 'show interfaces' alike, each alone the
 * verdict; the down line alone is a lead. Two VTIs to one peer router from distinct addresses (671) and a VTI beside a
 * GRE-over-IPsec tunnel on the same addresses (672, the fix) give nothing. Before, 'show interfaces TunnelN' was not
 * read at all and 670 had no root cause.
 */
class DuplicateVtiEndpointsTest {
    private static final String CASE = "670-ios-two-vtis-same-endpoints-protection-reg-down";

    private static Diagnosis diagnose(Evidence.Builder b) throws Exception {
        return TestDoctor.get().diagnose(b.build());
    }

    private static String show(String name) throws Exception {
        return Files.readString(TestDoctor.samples().resolve(CASE).resolve(name));
    }

    @Test
    void twoVtisBetweenTheSameAddressesAreTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample(CASE);
        assertThat(d.rootCauseIds()).containsExactly("DUPLICATE_VTI_ENDPOINTS");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("198.51.100.1");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("interfaces Tunnel1 and Tunnel2 are both VTIs"))
                .anyMatch(r -> r.contains("show interfaces lists Tunnel1 and Tunnel2"))
                .anyMatch(r -> r.contains("linestate protection reg down"));
    }

    @Test
    void theConfigAloneAndTheShowOutputAloneEachSayIt() throws Exception {
        Diagnosis config = diagnose(Evidence.builder().localConfig("r4.cfg", show("r4.cfg")));
        assertThat(config.rootCauseIds()).containsExactly("DUPLICATE_VTI_ENDPOINTS");
        assertThat(config.rootCauses().get(0).confidence()).isEqualTo(0.80);
        Diagnosis shown = diagnose(Evidence.builder().log("r4-show.log", show("r4-show.log")));
        assertThat(shown.rootCauseIds()).containsExactly("DUPLICATE_VTI_ENDPOINTS");
        assertThat(shown.rootCauses().get(0).evidence()).anyMatch(l -> l.where().endsWith("r4-show.log:9"));
    }

    @Test
    void aVtiWhoseProtectionIsNotRegisteredIsOnlyALead() throws Exception {
        String tunnel2Only = show("r4-show.log").lines().skip(6).reduce("", (a, l) -> a + l + "\n");
        Diagnosis d = diagnose(Evidence.builder().log("r4-show.log", tunnel2Only));
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("DUPLICATE_VTI_ENDPOINTS")).extracting(Finding::confidence).containsExactly(0.30);
    }

    @Test
    void vtisFromDistinctAddressesOrAVtiBesideGreOverIpsecGiveNothing() {
        for (String neighbour : List.of("671-ios-two-vtis-same-peer-distinct-sources", "672-ios-vti-and-gre-over-ipsec-same-endpoints")) {
            Diagnosis d = TestDoctor.diagnoseSample(neighbour);
            assertThat(d.rootCauses()).as(neighbour).isEmpty();
            assertThat(d.hypotheses()).as(neighbour).noneMatch(f -> f.id().equals("DUPLICATE_VTI_ENDPOINTS"));
        }
    }
}
