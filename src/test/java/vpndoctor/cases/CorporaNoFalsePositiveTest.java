package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.Engine;
import vpndoctor.result.Diagnosis;
import vpndoctor.eval.Judgement;
import vpndoctor.result.Finding;

/**
 * Other projects' real Cisco syslog fixtures (../shared/corpora, see its README) as no-false-positive
 * corpora: every file is read to its last line and gives no root cause that the hand judgement in
 * facts-samples/corpora-judgement.tsv (the same table `eval --judgement` reads) does not allow.
 * The folder is found at ../shared/corpora from the repository root, or where -Dvpndoctor.corpora says.
 */
class CorporaNoFalsePositiveTest {
    private static final Path JUDGEMENT = Path.of("facts-samples/corpora-judgement.tsv");

    @TestFactory
    Stream<DynamicTest> noCorpusFileYieldsARootCause() throws IOException {
        Path dir = Path.of(System.getProperty("vpndoctor.corpora", "../shared/corpora"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "no corpora folder at " + dir.toAbsolutePath() + ": skipped (CI has ../shared/corpora)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        assertThat(files).as("corpus files in " + dir).isNotEmpty();
        Judgement judgement = Judgement.read(JUDGEMENT);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, judgement.allowed(f))));
    }

    private static void check(Path file, List<String> allowed) throws IOException {
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log(file).build());
        assertThat(d.input().lines()).as("lines read from " + file).isEqualTo(lineCount(file));
        List<String> unjustified = new ArrayList<>();
        for (Finding f : d.rootCauses()) {
            if (allowed.stream().anyMatch(a -> Engine.of(TestDoctor.get()).catalog().satisfies(f.id(), a))) continue;
            unjustified.add(f.id() + " on " + f.tunnel() + " " + f.confidence() + " from " + f.evidence().stream().map(e -> e.line() + ": " + e.text()).toList());
        }
        assertThat(unjustified).as("root causes the corpus judgement does not allow in " + file).isEmpty();
    }

    private static long lineCount(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        long n = 0;
        for (byte c : b) if (c == '\n') n++;
        if (b.length > 0 && b[b.length - 1] != '\n') n++;
        return n;
    }
}
