package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseCheck;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.authoring.KnownGaps;
import vpndoctor.engine.Engine;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Runs every case folder in facts-samples/, at any depth (so facts-samples/real/ too, but never
 * facts-samples/real-heldout/), and checks its expected.json strictly ({@link CaseCheck}).
 */
class SampleCasesTest {

    @TestFactory
    Stream<DynamicTest> everySampleCaseGivesItsExpectedVerdict() throws IOException {
        List<Path> folders = CaseExpectation.allCaseFolders(TestDoctor.samples());
        assertThat(folders).as("sample cases").hasSizeGreaterThanOrEqualTo(30);
        assertThat(folders).as("held-out cases are never run by the suite")
                .noneMatch(f -> f.toString().contains(CaseExpectation.HELD_OUT));
        Map<Path, KnownGaps> gaps = new HashMap<>();
        return folders.stream().map(f -> DynamicTest.dynamicTest(TestDoctor.samples().relativize(f).toString(), () -> {
            CaseExpectation exp = CaseExpectation.read(f);
            Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(f));
            List<String> problems = CaseCheck.mismatches(exp, d, Engine.of(TestDoctor.get()).catalog());
            String gap = KnownGaps.besideCase(f, gaps).reason(exp.name());
            if (gap != null) {
                assertThat(problems).as(exp.name() + " passes now: remove it from " + f.getParent().resolve(KnownGaps.FILE)).isNotEmpty();
                Assumptions.abort("known gap: " + gap + " -- " + problems);
            }
            assertThat(problems).as(exp.name() + ": " + summary(d)).isEmpty();
        }));
    }

    static String summary(Diagnosis d) {
        StringBuilder s = new StringBuilder("verdict=");
        for (Finding f : d.rootCauses()) s.append(f.id()).append('@').append(f.tunnel()).append(':').append(f.confidence()).append(' ');
        s.append(" hypotheses=");
        for (Finding f : d.hypotheses()) s.append(f.id()).append('@').append(f.tunnel()).append(':').append(f.confidence()).append(' ');
        s.append(" benign=").append(d.benignIds());
        return s.toString();
    }
}
