package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A crypto ACL that names a protocol or ports (rules-drl/config/predict-phase2.drl) is a verdict only when
 * the peer's crypto ACL does not mirror it, and a lead when the peer's is unknown. Before session 10 any
 * such ACL was a 0.7 verdict from our config alone: a real healthy GRE-over-IPsec router
 * (ios-healthy-gre-crypto-map-esp-des-transport-qm-idle) got CRYPTO_ACL_PORT_RESTRICTION, and GRE protected
 * from the outside interface's own address read as a crypto map on the inside interface.
 */
class PortQualifiedCryptoAclTest {
    private static final Path GRE = TestDoctor.samples().resolve("310-cfg-ios-gre-over-ipsec-mirrored-gre-acl");
    private static final Path TCP443 = TestDoctor.samples().resolve("cfg-port-restricted-acl");

    private static List<Finding> claims(Diagnosis d) {
        return Stream.concat(d.rootCauses().stream(), d.hypotheses().stream()).toList();
    }

    private static Diagnosis ourConfigOnly(Path dir) {
        return TestDoctor.get().diagnose(Evidence.builder().localConfig(dir.resolve("local.cfg")).build());
    }

    @Test
    void mirroredGreAclsAreTheGreOverIpsecDesign() throws java.io.IOException {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(GRE));
        assertThat(claims(d)).extracting(Finding::id).doesNotContain("CRYPTO_ACL_PORT_RESTRICTION", "CRYPTO_MAP_NOT_APPLIED");
    }

    @Test
    void aGreOnlyAclIsNoLeadEvenWithoutThePeersConfig() {
        assertThat(claims(ourConfigOnly(GRE))).extracting(Finding::id).doesNotContain("CRYPTO_ACL_PORT_RESTRICTION", "CRYPTO_MAP_NOT_APPLIED");
    }

    @Test
    void aPortRestrictedAclWithoutThePeersConfigIsALeadNotAVerdict() {
        Diagnosis d = ourConfigOnly(TCP443);
        assertThat(d.rootCauses()).extracting(Finding::id).doesNotContain("CRYPTO_ACL_PORT_RESTRICTION");
        assertThat(d.hypotheses()).filteredOn(f -> f.id().equals("CRYPTO_ACL_PORT_RESTRICTION"))
                .singleElement().satisfies(f -> assertThat(f.confidence()).isBetween(0.3, 0.45));
    }

    @Test
    void aPortRestrictedAclThePeerDoesNotMirrorIsStillTheVerdict() throws java.io.IOException {
        // the neighbour: tcp/443 and tcp/8443 on our side, plain ip on the peer's
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(TCP443));
        assertThat(d.rootCauses()).extracting(Finding::id).containsExactly("CRYPTO_ACL_PORT_RESTRICTION");
        assertThat(d.rootCauses().get(0).confidence()).isEqualTo(0.7);
    }
}
