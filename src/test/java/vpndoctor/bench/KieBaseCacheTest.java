package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.report.JsonReport;

/** The rule cache gives the same diagnosis as compiling, and is used on the second build. */
class KieBaseCacheTest {
    @Test
    void cachedRulesDiagnoseLikeCompiledOnes(@TempDir Path cache) throws Exception {
        Evidence ev = Evidence.fromCaseFolder(Path.of("facts-samples/multi-peer-asa-three-failures"));
        String compiled = JsonReport.render(Diagnoser.builder().cacheDir(null).build().diagnose(ev));

        Diagnoser.builder().cacheDir(cache).build(); // compiles and stores
        Path entry;
        try (var files = Files.list(cache)) {
            entry = files.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        var written = Files.getLastModifiedTime(entry);
        String cached = JsonReport.render(Diagnoser.builder().cacheDir(cache).build().diagnose(ev));
        assertThat(cached).isEqualTo(compiled);
        // a failed read would compile again and rewrite the entry
        assertThat(Files.getLastModifiedTime(entry)).isEqualTo(written);
    }
}
