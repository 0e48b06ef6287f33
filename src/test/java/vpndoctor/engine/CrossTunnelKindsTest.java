package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;

/** How the shape memo reads rules for conditions tied to no tunnel, and how it rewrites a peer address. */
class CrossTunnelKindsTest {
    private static RuleFile drl(String text) {
        return new RuleFile("t/x.drl", "t/x.drl", "package t;\nimport vpndoctor.model.*;\n" + text, false);
    }

    @Test
    void theBundledRulesAreReadAndTheDeviceWideDebugAdviceIsFound() {
        List<CrossTunnelKinds.Cross> cross = CrossTunnelKinds.of(Engine.of(TestDoctor.get()).ruleFiles());
        assertThat(cross).isNotNull();
        assertThat(cross).anySatisfy(c -> {
            assertThat(c.rule()).isEqualTo("Only syslog for a proxy problem: turn on debug on the PIX");
            assertThat(c.anchorCodes()).containsExactlyInAnyOrder("P2_ACL_DENY_ONLY", "PHASE2_SILENT");
            assertThat(c.reachKinds()).containsExactlyInAnyOrder("PROPOSAL_REQUEST", "IKE_TRACE");
        });
        // the DSL sentence "and the operator did not clear the SAs just before" asks about this tunnel or a clear of
        // no tunnel ("unknown", a fact every batch shares): no longer cross-tunnel (session 11; it matched any tunnel's)
        assertThat(cross).noneSatisfy(c -> assertThat(c.reachKinds()).containsExactly("SA_CLEARED"));
    }

    @Test
    void conditionsTiedToTheTunnelAreNotCrossTunnel() {
        assertThat(CrossTunnelKinds.of(List.of(drl("""
                rule "r"
                    @description("d")
                when
                    $e : LogEvent( kind == "A", $t : tunnel )
                    not LogEvent( kind == "B", tunnel == $t )
                then
                    insertLogical( new Symptom("S", $t) );
                end
                """)))).isEmpty();
    }

    @Test
    void anUntiedConditionGivesItsKindsAndOneOnAnyKindStopsTheMemo() {
        assertThat(CrossTunnelKinds.of(List.of(drl("""
                rule "r"
                    @description("d")
                when
                    $e : LogEvent( kind == "A", $t : tunnel )
                    not LogEvent( kind in ("B", "C") )
                then
                    insertLogical( new Symptom("S", $t) );
                end
                """)))).singleElement().satisfies(c -> {
                    assertThat(c.anchorKinds()).containsExactly("A");
                    assertThat(c.reachKinds()).containsExactlyInAnyOrder("B", "C");
                });
        List<CrossTunnelKinds.Cross> any = CrossTunnelKinds.of(List.of(drl("""
                rule "r"
                    @description("d")
                when
                    $e : LogEvent( kind == "A", $t : tunnel )
                    not LogEvent( kind != "B" )
                then
                    insertLogical( new Symptom("S", $t) );
                end
                """)));
        assertThat(any).singleElement().satisfies(c -> assertThat(c.reachKinds()).isNull());
    }

    @Test
    void aRuleNeedingAConfigFactNeverFiresInALogOnlyRun() {
        assertThat(CrossTunnelKinds.of(List.of(drl("""
                rule "r"
                    @description("d")
                when
                    vpndoctor.model.config.DeviceInfo( )
                    $e : LogEvent( kind == "A", $t : tunnel )
                    not LogEvent( kind == "B" )
                then
                    insertLogical( new Symptom("S", $t) );
                end
                """)))).isEmpty();
    }

    @Test
    void thePeerIsRewrittenOnlyAsAWholeToken() {
        assertThat(ShapeMemo.swap("peer 10.0.0.1 {group=10.0.0.1}, 10.0.0.10, 10.0.0.1/32, x10.0.0.1", "10.0.0.1", "192.0.2.7"))
                .isEqualTo("peer 192.0.2.7 {group=192.0.2.7}, 10.0.0.10, 192.0.2.7/32, x10.0.0.1");
        assertThat(ShapeMemo.containsToken("210.0.0.1 and 10.0.0.12", "10.0.0.1")).isFalse();
        assertThat(ShapeMemo.containsToken("(10.0.0.1)", "10.0.0.1")).isTrue();
    }
}
