package vpndoctor.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.robust.fuzz.FuzzTargets;

/**
 * Replays every input the fuzzers ever broke a property with (src/test/resources/fuzz-regressions/
 * {log,config,json}/): each must now pass all the properties.
 */
class FuzzRegressionTest {
    private static final Path ROOT = Path.of("src/test/resources/fuzz-regressions");

    @TestFactory
    List<DynamicTest> everySavedInputNowPasses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (FuzzTargets.Target t : FuzzTargets.Target.values()) {
            Path dir = ROOT.resolve(t.name().toLowerCase());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(t + " " + p.getFileName(), () -> FuzzTargets.run(t, Files.readAllBytes(p))));
                }
            }
        }
        return tests;
    }
}
