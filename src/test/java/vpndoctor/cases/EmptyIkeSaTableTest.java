package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vpndoctor.TestDoctor;
import vpndoctor.result.Advice;
import vpndoctor.result.Diagnosis;

/**
 * An IKE SA table printed empty is an answer, not a missing output: IOS 'show crypto isakmp sa' with its
 * title and column head and no row (604) is read as no IKEv1 SA with any peer, so the advice no longer asks
 * for it again (it still asks for 'show crypto ikev2 sa', which that table does not answer), and with the
 * session DOWN and no IKE attempt in the logs it suggests the flow's traffic with the IKE debug on. A row
 * in MM_NO_STATE (605) is an attempt: not the empty reading. Before, the empty table produced no fact.
 */
class EmptyIkeSaTableTest {
    private static List<Advice> advice(Diagnosis d) {
        return Stream.concat(d.recommendations().stream(), Stream.of()).toList();
    }

    private static List<String> allCommands(Diagnosis d) {
        return Stream.concat(d.recommendations().stream().map(Advice::command),
                Stream.concat(d.rootCauses().stream(), d.hypotheses().stream()).flatMap(f -> f.nextCommands().stream())).toList();
    }

    @Test
    void anEmptyIsakmpTableIsNotAskedForAgainAndPointsAtTheIkeDebug() {
        Diagnosis d = TestDoctor.diagnoseSample("604-ios-empty-isakmp-table-not-asked-again");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(allCommands(d)).doesNotContain("show crypto isakmp sa").contains("show crypto ikev2 sa", "debug crypto isakmp");
        assertThat(advice(d)).anySatisfy(a -> assertThat(a.why()).contains("no IKE SA at all"));
    }

    @Test
    void aRowWaitingForTheFirstAnswerIsAnAttemptNotAnEmptyTable() {
        Diagnosis d = TestDoctor.diagnoseSample("605-ios-isakmp-table-mm-no-state-row-session-down");
        assertThat(advice(d)).noneMatch(a -> a.why().contains("no IKE SA at all"));
        assertThat(d.hypotheses()).anyMatch(f -> f.id().equals("IKE_TRAFFIC_BLOCKED"));
    }

    @Test
    void aVerdictOnTheTunnelKeepsItsOwnAdvice() {
        // 580: no route to the peer already says why nothing started
        Diagnosis d = TestDoctor.diagnoseSample("580-ios-no-route-to-peer-session-down");
        assertThat(d.rootCauseIds()).containsExactly("IKE_TRAFFIC_BLOCKED");
        assertThat(advice(d)).noneMatch(a -> a.why().contains("no IKE SA at all"));
    }
}
