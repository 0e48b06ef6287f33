package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.model.Side;

/**
 * Truth maintenance on one live session must give what a fresh diagnosis of the edited evidence
 * gives: for every case with configs, remove each crypto-related line in turn (assume 'no ...'),
 * compare with a fresh run over the edited text, then undo and compare with the original.
 */
class IncrementalMatchesFreshTest {

    @TestFactory
    Stream<DynamicTest> whatIfEqualsFreshDiagnosis() throws Exception {
        return CaseExpectation.caseFolders(TestDoctor.samples()).stream()
                .filter(f -> Files.exists(f.resolve("local.cfg")))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path folder) throws Exception {
        Script s = Script.over(folder);
        Verdict original = Verdict.of(TestDoctor.get().diagnose(Evidence.fromCaseFolder(folder)));
        assertThat(s.session.verdict()).isEqualTo(original);
        for (Side side : Side.values()) {
            ConfigText cfg = s.session.state().config(side);
            if (cfg == null) continue;
            List<String> targets = cfg.lines().stream().map(String::strip)
                    .filter(l -> l.startsWith("crypto map") || l.startsWith("access-list") || l.startsWith("isakmp") || l.startsWith("crypto isakmp")).limit(6).toList();
            for (String line : targets) {
                ConsoleSession.Outcome o = s.session.assume(side, "no " + line);
                EvidenceState st = s.session.state();
                Evidence.Builder b = Evidence.builder();
                s.session.state().logs().forEach(b::add);
                if (st.local() != null) b.localConfig(st.local().name(), st.local().text());
                if (st.peer() != null) b.peerConfig(st.peer().name(), st.peer().text());
                Verdict fresh = Verdict.of(TestDoctor.get().diagnose(b.build()));
                assertThat(s.session.verdict()).as("after 'no " + line + "' on " + side + " (" + o.summary() + ")").isEqualTo(fresh);
                if (o.inserted() + o.retracted() > 0) s.session.undo();
                assertThat(s.session.verdict()).as("after undo of 'no " + line + "'").isEqualTo(original);
            }
        }
    }
}
