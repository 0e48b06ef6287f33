package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.model.LogEvent;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * IOS NAT ACLs are read with first-match semantics, and 'debug ip nat' lines are events. A deny for the tunnel's
 * traffic written after 'permit ... any' exempts nothing (610 with the debug showing the tunnel's flow translated,
 * 612 through a route-map, config alone); the deny first (611, 614) or NAT into the tunnel by design, the crypto
 * ACL naming the translated address (613), gives nothing. Before: 610 said nothing (the debug was not read and the
 * unreachable deny counted as an exemption), 613 and 614 were false verdicts.
 */
class NatAclOrderTest {
    private static final String TUNNEL = "203.0.113.2";

    @Test
    void aDenyBehindPermitAnyWithTheFlowSeenTranslatedIsTheVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("610-ios-nat-acl-deny-after-permit-any");
        assertThat(d.rootCauseIds()).containsExactly("NAT_EXEMPTION_MISSING");
        Finding f = d.rootCauses().get(0);
        assertThat(f.tunnel()).isEqualTo(TUNNEL);
        assertThat(reasons(f)).anyMatch(r -> r.contains("debug ip nat: 10.20.20.10 -> 198.51.100.1 toward 10.10.10.10"))
                .anyMatch(r -> r.contains("comes after the permit"));
    }

    @Test
    void theDebugLineIsAnEventWithItsAddressesAndLine() throws Exception {
        var facts = EvidenceLoader.load(Evidence.fromCaseFolder(TestDoctor.samples().resolve("610-ios-nat-acl-deny-after-permit-any"))).facts();
        assertThat(facts.stream().filter(LogEvent.class::isInstance).map(LogEvent.class::cast)).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo("NAT_TRANSLATED");
            assertThat(e.attr("src")).isEqualTo("10.20.20.10");
            assertThat(e.attr("to")).isEqualTo("198.51.100.1");
            assertThat(e.attr("dst")).isEqualTo("10.10.10.10");
            assertThat(e.getOrigin().where()).endsWith("branch-debug.log:1");
        });
    }

    @Test
    void theRouteMapsAclIsReadInOrder() {
        Diagnosis d = TestDoctor.diagnoseSample("612-ios-nat-route-map-deny-after-permit");
        assertThat(d.rootCauseIds()).containsExactly("NAT_EXEMPTION_MISSING");
        assertThat(reasons(d.rootCauses().get(0))).anyMatch(r -> r.contains("comes after the permit"));
        Diagnosis first = TestDoctor.diagnoseSample("614-ios-nat-route-map-deny-first");
        assertThat(first.rootCauses()).isEmpty();
        assertThat(first.hypotheses()).noneMatch(f -> f.id().equals("NAT_EXEMPTION_MISSING"));
    }

    @Test
    void anExcerptWithoutCryptoMapStillShowsTheUnreachableExemptionWhenTheDebugShowsItsTrafficTranslated() {
        Diagnosis d = TestDoctor.diagnoseSample("617-ios-nat-excerpt-deny-after-permit-debug");
        assertThat(d.rootCauseIds()).containsExactly("NAT_EXEMPTION_MISSING");
        assertThat(d.rootCauses().get(0).tunnel()).isEqualTo("unknown");
        // the first site's deny comes before the permit: it works, and is not named
        assertThat(reasons(d.rootCauses().get(0))).noneMatch(r -> r.contains("10.40.0.0"));
    }

    @Test
    void ordinaryPatAndNatIntoTheTunnelByDesignGiveNothing() {
        for (String s : List.of("611-ios-nat-acl-deny-first-internet-pat", "613-ios-nat-into-tunnel-by-design")) {
            Diagnosis d = TestDoctor.diagnoseSample(s);
            assertThat(d.rootCauses()).as(s).isEmpty();
            assertThat(d.hypotheses()).as(s).noneMatch(f -> f.id().equals("NAT_EXEMPTION_MISSING"));
        }
    }

    private static List<String> reasons(Finding f) {
        return f.supportedBy();
    }
}
