package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.report.ExplanationGraph;
import vpndoctor.report.JsonReport;
import vpndoctor.report.Style;
import vpndoctor.report.TextReport;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/**
 * The refinement policy: a proven specific cause is the root cause; its general parent, proven on
 * the same tunnel (or on none in particular), is not reported again as a separate one, and the
 * specific finding says what it refines.
 */
class RefinementPolicyTest {
    private final DiagnosisAssembler assembler = new DiagnosisAssembler(CauseCatalog.bundled());

    private static Finding f(String id, String tunnel, double c) {
        return new Finding(id, c, tunnel, "PIX", id.toLowerCase(), List.of(), List.of(), List.of("+" + c + " reason of " + id), false,
                List.of(), List.of(), new ExplanationNode("RootCause", id + " @" + tunnel, null, List.of(), List.of()));
    }

    @Test
    void aChildOnTheSameTunnelReplacesItsParentAndCarriesIt() {
        Finding parent = f("ENCRYPTION_DOMAIN_MISMATCH", "192.0.2.1", 0.9);
        Finding child = f("HOST_VS_SUBNET_PROXY", "192.0.2.1", 0.6);
        List<Finding> out = assembler.refine(List.of(parent, child));
        assertThat(out).extracting(Finding::id).containsExactly("HOST_VS_SUBNET_PROXY");
        assertThat(out.get(0).refines()).isEqualTo(parent);
    }

    @Test
    void aParentOnAnotherTunnelIsAnotherFault() {
        List<Finding> out = assembler.refine(List.of(f("ENCRYPTION_DOMAIN_MISMATCH", "192.0.2.2", 0.9), f("HOST_VS_SUBNET_PROXY", "192.0.2.1", 0.6)));
        assertThat(out).extracting(Finding::id).containsExactly("ENCRYPTION_DOMAIN_MISMATCH", "HOST_VS_SUBNET_PROXY");
        assertThat(out).allMatch(x -> x.refines() == null);
    }

    @Test
    void anUnattributedParentIsTheSameFaultAsAChildOnANamedTunnelButNotTheOtherWayRound() {
        List<Finding> out = assembler.refine(List.of(f("ENCRYPTION_DOMAIN_MISMATCH", "unknown", 0.55), f("HOST_VS_SUBNET_PROXY", "192.0.2.1", 0.6)));
        assertThat(out).extracting(Finding::id).containsExactly("HOST_VS_SUBNET_PROXY");
        assertThat(out.get(0).refines().tunnel()).isEqualTo("unknown");

        List<Finding> kept = assembler.refine(List.of(f("ENCRYPTION_DOMAIN_MISMATCH", "192.0.2.1", 0.9), f("HOST_VS_SUBNET_PROXY", "unknown", 0.6)));
        assertThat(kept).extracting(Finding::id).containsExactly("ENCRYPTION_DOMAIN_MISMATCH", "HOST_VS_SUBNET_PROXY");
    }

    @Test
    void unrelatedCausesOnOneTunnelAreBothKept() {
        List<Finding> out = assembler.refine(List.of(f("PSK_MISMATCH", "192.0.2.1", 0.9), f("TRANSFORM_SET_MISMATCH", "192.0.2.1", 0.6)));
        assertThat(out).hasSize(2);
    }

    /** Case 005 proves the port-restricted crypto ACL and, from the same lines, the general ACL mismatch on one tunnel. */
    @Test
    void everyReportOfARealCaseAgrees() throws Exception {
        Path c = Path.of("facts-samples", "005-pix-proxy-identities-port-restricted-acl");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(c));

        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_ACL_PORT_RESTRICTION");
        Finding child = d.rootCauses().get(0);
        assertThat(child.refines()).isNotNull();
        assertThat(child.refines().id()).isEqualTo("ENCRYPTION_DOMAIN_MISMATCH");
        assertThat(child.refines().tunnel()).isEqualTo(child.tunnel());
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("ENCRYPTION_DOMAIN_MISMATCH"));

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(d));
        assertThat(json.path("rootCauses")).hasSize(1);
        assertThat(json.path("rootCauses").get(0).path("refines").path("id").asText()).isEqualTo("ENCRYPTION_DOMAIN_MISMATCH");

        String text = new TextReport(Style.plain(), false).render(d);
        assertThat(text).contains("1 root cause across").doesNotContain("2. ")
                .contains("refines ENCRYPTION_DOMAIN_MISMATCH (proven here too");

        ExplanationGraph g = ExplanationGraph.of(d);
        assertThat(g.edges()).anyMatch(e -> e.rule().equals("refined by the more specific cause"));
    }
}
