package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Firepower Threat Defense logs the ASA's messages under its own name: every case of facts-samples (numbered and real,
 * never real-heldout) whose logs hold "%ASA-" lines is diagnosed again with them renamed "%FTD-", and must come out
 * the same (the same causes, hypotheses and benign findings, on the same tunnels, at the same confidences). This is
 * the equivalence the parsers, the byte scanner and the rules owe the FTD; the platform each finding names may differ
 * (the FTD's own lines name it), so it is not compared.
 */
class FtdSyslogReadsLikeAsaTest {
    @TempDir Path tmp;

    static List<Path> asaSyslogCases() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestDoctor.samples(), 2)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                if (dir.toString().contains("real-heldout") || !Files.exists(dir.resolve("expected.json"))) continue;
                for (Path log : logs(dir)) {
                    if (Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%ASA-")) {
                        cases.add(dir);
                        break;
                    }
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asaSyslogCases")
    void theCaseUnderFtdNamesGivesTheSameFindings(Path dir) throws IOException {
        Path twin = Files.createDirectories(tmp.resolve(dir.getFileName()));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".log")) {
                    // byte-wise, so that the logs' other bytes (any encoding) stay as they are
                    String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("%ASA-", "%FTD-");
                    bytes = latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                Files.write(twin.resolve(f.getFileName()), bytes);
            }
        }
        Diagnosis asa = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        Diagnosis ftd = TestDoctor.get().diagnose(Evidence.fromCaseFolder(twin));
        assertThat(summary(ftd)).as("%FTD- twin of " + dir).isEqualTo(summary(asa));
    }

    private static List<String> summary(Diagnosis d) {
        List<String> out = new ArrayList<>();
        add(out, "root", d.rootCauses());
        add(out, "hypothesis", d.hypotheses());
        for (var b : d.benign()) out.add("benign " + b.id() + " @" + b.tunnel());
        return out.stream().sorted().toList();
    }

    private static void add(List<String> out, String what, List<Finding> fs) {
        for (Finding f : fs) out.add(String.format(Locale.ROOT, "%s %s @%s %.3f %s", what, f.id(), f.tunnel(), f.confidence(), f.ruledOut()));
    }

    private static List<Path> logs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
