package vpndoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `java -jar ... diagnose BIG` starts itself again with the launcher's JIT options: only for large inputs, only once. */
class RelaunchTest {
    @TempDir Path dir;

    @Test
    void countsTheFilesFoldersAndStandardInputAmongTheArguments() throws Exception {
        Path small = Files.writeString(dir.resolve("a.log"), "x\n");
        Path big = dir.resolve("big.log");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Relaunch.BIG_MB * 1024L * 1024L); // sparse: no disk used
        }
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "--format", "json", small.toString()})).isEqualTo(2);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "--log=" + big})).isEqualTo(Relaunch.BIG_MB * 1024L * 1024L);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", dir.toString()})).isEqualTo(2 + Relaunch.BIG_MB * 1024L * 1024L);
        assertThat(Relaunch.inputBytes(new String[] {"diagnose", "-"})).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void notForOtherCommandsOrFromClasses() throws Exception {
        Path small = Files.writeString(dir.resolve("a.log"), "x\n");
        assertThat(Relaunch.ifWorthIt(new String[] {"facts", "-"})).isNull();
        // the tests run from target/classes, not from the jar: runs here (scripts/consumer-check.sh relaunches the jar)
        assertThat(Relaunch.ifWorthIt(new String[] {"diagnose", small.toString()})).isNull();
        assertThat(Relaunch.ifWorthIt(new String[] {"diagnose", "-"})).isNull();
    }

    @Test
    void readsTheJvmOptionsFromThePlainJarCommandLine() {
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-Xmx256m", "-XX:+UseSerialGC", "-Dx=a b", "-ea", "-esa:p...", "-verbose:gc", "-jar", "v.jar", "diagnose", "-Xmx1g"}, false))
                .containsExactly("-Xmx256m", "-XX:+UseSerialGC", "-Dx=a b", "-ea", "-esa:p...", "-verbose:gc");
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-jar", "v.jar"}, false)).isEmpty();
        // any other form: the runtime bean is asked
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-Xmx256m", "-jar", "v.jar"}, true)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-cp", "v.jar", "vpndoctor.cli.Main", "diagnose"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"@opts", "-jar", "v.jar"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", "v.jar"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-XX:VMOptionsFile=f", "-jar", "v.jar"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-XshowSettings:vm", "-jar", "v.jar"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-server", "-jar", "v.jar"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(new String[] {"-Xmx256m"}, false)).isNull();
        assertThat(Relaunch.optionsBeforeJar(null, false)).isNull();
    }

    @Test
    void theOptionsReadFromTheCommandLineAreTheRuntimeBeans() throws Exception {
        // a JVM started as `java [options] -jar probe.jar`: the probe prints both lists
        Path jar = dir.resolve("probe.jar");
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, RelaunchOptionsProbe.class.getName());
        StringBuilder cp = new StringBuilder();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) cp.append(Path.of(e).toUri()).append(' ');
        m.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, cp.toString().trim());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), m)) {
            // the manifest is the whole jar
        }
        String javaBin = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-Dvpndoctor.probe=a b", "-ea", "-Xshare:auto", "-jar", jar.toString(), "x", "", "y");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor()).isZero();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("[-Xmx64m, -XX:+UseSerialGC, -Dvpndoctor.probe=a b, -ea, -Xshare:auto]").isEqualTo(lines.get(1));
        // read from /proc/self: every argument as given (an empty one too); ProcessHandle.Info, the reading it replaces,
        // agrees up to the jar and on the binary (it ends the list at an empty argument: after -jar, which the relaunch never reads)
        String head = "[-Xmx64m, -XX:+UseSerialGC, -Dvpndoctor.probe=a b, -ea, -Xshare:auto, -jar, " + jar + ", x";
        assertThat(lines.get(2)).isEqualTo(head + ", , y] " + javaBin);
        assertThat(lines.get(3)).startsWith(head).endsWith("] " + javaBin);
    }

    @Test
    void thePlainOptionTestsAnswerAsTheRegularExpressionsTheyReplace() {
        java.util.regex.Pattern oneWord = java.util.regex.Pattern.compile(
                "-(?:X(?!X:(?:VMOptionsFile|Flags)=|showSettings|diag|dock|startOnFirstThread).+|D.+|(?:ea|da|esa|dsa|enableassertions|disableassertions|enablesystemassertions|disablesystemassertions)(?::.*)?|verbose(?::.+)?)",
                java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern gc = java.util.regex.Pattern.compile("-XX:\\+Use\\w+GC");
        List<String> heads = List.of("", "-", "-X", "-XX", "-XX:", "-XX:+", "-XX:+Use", "-XX:-Use", "-D", "-d", "-e", "-ea", "-da", "-esa", "-dsa",
                "-enableassertions", "-disableassertions", "-enablesystemassertions", "-disablesystemassertions", "-verbose", "-verbos", "-jar", "-cp",
                "-XX:VMOptionsFile=", "-XX:Flags=", "-XshowSettings", "-Xdiag", "-Xdock", "-XstartOnFirstThread", "-XX:VMOptionsFile", "-Xmx", "-server", "--add-opens", "@", "x");
        List<String> tails = List.of("", ":", "::", "=", "x", "1g", "GC", "SerialGC", "G1GC", "ZGC", "Serial-GC", "Serial GC", "GCx", "\n", ":all", ":p...",
                ":gc", "ea", "a b", "\u00e9GC", "_GC", "9GC", "C");
        int compared = 0;
        for (String h : heads) {
            for (String t : tails) {
                String o = h + t;
                assertThat(Relaunch.isOneWordJvmOption(o)).as(o).isEqualTo(oneWord.matcher(o).matches());
                assertThat(Relaunch.choosesGc(o)).as(o).isEqualTo(gc.matcher(o).matches());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(heads.size() * tails.size());
        assertThat(Relaunch.choosesGc("-XX:+UseSerialGC")).isTrue(); // the table above reaches both answers
        assertThat(Relaunch.isOneWordJvmOption("-XshowSettings:vm")).isFalse();
    }
}
