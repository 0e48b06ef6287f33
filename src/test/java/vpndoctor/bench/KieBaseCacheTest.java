package vpndoctor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.report.JsonReport;

/**
 * The rule cache gives the same diagnosis as compiling, and is used on the second build; the
 * bundled rules come prebuilt (compiled at process-classes) and need no cache entry at all.
 */
class KieBaseCacheTest {
    private static Evidence evidence() throws Exception {
        return Evidence.fromCaseFolder(Path.of("facts-samples/multi-peer-asa-three-failures"));
    }

    @Test
    void cachedRulesDiagnoseLikeCompiledOnes(@TempDir Path cache, @TempDir Path extra) throws Exception {
        Evidence ev = evidence();
        // an extra (empty) rules file makes a rule set the build did not prebuild
        Files.writeString(extra.resolve("extra.drl"), "package rules.extra;\n");
        String compiled = JsonReport.render(Diagnoser.builder().rulesDir(extra).cacheDir(null).build().diagnose(ev));

        Diagnoser.builder().rulesDir(extra).cacheDir(cache).build(); // compiles and stores
        Path entry;
        try (var files = Files.list(cache)) {
            entry = files.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        var written = Files.getLastModifiedTime(entry);
        String cached = JsonReport.render(Diagnoser.builder().rulesDir(extra).cacheDir(cache).build().diagnose(ev));
        assertThat(cached).isEqualTo(compiled);
        // a failed read would compile again and rewrite the entry
        assertThat(Files.getLastModifiedTime(entry)).isEqualTo(written);
    }

    @Test
    void prebuiltBundledRulesDiagnoseLikeCompiledOnes(@TempDir Path cache) throws Exception {
        Evidence ev = evidence();
        String compiled = JsonReport.render(Diagnoser.builder().cacheDir(null).build().diagnose(ev));
        String prebuilt = JsonReport.render(Diagnoser.builder().cacheDir(cache).build().diagnose(ev));
        assertThat(prebuilt).isEqualTo(compiled);
        // the build's entry was found: nothing was compiled into the cache folder
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
