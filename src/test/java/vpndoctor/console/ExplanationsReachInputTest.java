package vpndoctor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/** 'why' on every root cause of every sample case reaches input lines. */
class ExplanationsReachInputTest {

    @TestFactory
    Stream<DynamicTest> whyOfEveryRootCauseEndsAtInputLines() throws Exception {
        return CaseExpectation.caseFolders(TestDoctor.samples()).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path folder) throws Exception {
        Script s = Script.over(folder);
        for (Finding f : s.session.diagnosis().rootCauses()) {
            assertThat(hasEvidenceLeaf(f.explanation())).as(f.id() + "@" + f.tunnel() + " tree has a leaf with input lines").isTrue();
            String why = s.run("why " + f.id() + "@" + f.tunnel());
            assertThat(why).as("why " + f.id()).contains("<- rule").contains(f.evidence().get(0).where());
        }
    }

    static boolean hasEvidenceLeaf(ExplanationNode n) {
        if (n.isInput()) return !n.evidence().isEmpty();
        for (ExplanationNode.Derivation d : n.derivedBy()) for (ExplanationNode c : d.from()) if (hasEvidenceLeaf(c)) return true;
        return false;
    }
}
