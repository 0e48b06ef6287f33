package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.result.Diagnosis;

/** DOT parses (by graphviz when installed, else by a structural check) and Mermaid names every fact. */
class GraphReportsTest {
    private static final Pattern NODE = Pattern.compile("(?m)^  (n\\d+) \\[label=");
    private static final Pattern EDGE = Pattern.compile("(?m)^  (n\\d+) -> (n\\d+) \\[");

    @TestFactory
    Stream<DynamicTest> dotAndMermaidForEverySample() throws IOException {
        return CaseExpectation.caseFolders(TestDoctor.samples()).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(f));
            checkDot(DotReport.render(d));
            checkMermaid(d, MermaidReport.render(d));
        }));
    }

    static void checkDot(String dot) throws Exception {
        assertThat(dot).startsWith("digraph explanation {").endsWith("}\n");
        assertThat(balanced(dot)).as("braces and quotes balance outside strings").isTrue();
        Set<String> declared = new HashSet<>();
        Matcher n = NODE.matcher(dot);
        while (n.find()) declared.add(n.group(1));
        Matcher e = EDGE.matcher(dot);
        while (e.find()) assertThat(declared).as("edge endpoints are declared").contains(e.group(1), e.group(2));
        if (hasDot()) {
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
            p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("dot -Tsvg: " + (out.length() > 500 ? out.substring(0, 500) : out)).isZero();
        }
    }

    static void checkMermaid(Diagnosis d, String mermaid) {
        assertThat(mermaid).startsWith("flowchart LR\n");
        ExplanationGraph g = ExplanationGraph.of(d);
        for (ExplanationGraph.Node node : g.nodes()) assertThat(mermaid).contains("  " + node.id() + "[\"");
        for (ExplanationGraph.Edge e : g.edges()) assertThat(mermaid).contains("  " + e.from() + " -->|");
        // a label never holds a raw quote, bracket-closing pipe or angle bracket
        for (String line : mermaid.split("\n")) {
            if (line.matches("  n\\d+\\[\".*")) assertThat(line.substring(line.indexOf("[\"") + 2, line.length() - 2)).doesNotContain("\"", "<", ">");
        }
    }

    /** Braces balance when quoted strings (with backslash escapes) are skipped. */
    static boolean balanced(String dot) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') inString = true;
            else if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return false;
        }
        return depth == 0 && !inString;
    }

    static boolean hasDot() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "dot"))) return true;
        }
        return false;
    }
}
