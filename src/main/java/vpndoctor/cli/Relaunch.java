package vpndoctor.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain `java -jar vpn-doctor.jar diagnose ...` runs with the JVM's default JIT and GC, and without our classes in
 * a class archive; a jar manifest cannot carry JVM options. So `diagnose` starts the jar once more with the options
 * bin/vpn-doctor gives the same input, keeping the caller's own JVM options (-Xmx...): for an input of
 * {@value #BIG_MB} MB or more (or standard input) SerialGC and smaller C2 inlining (BENCHMARKS.md, round 5); for a
 * smaller one SerialGC and C1 only, where a short run spent more CPU in the C2 compiler than in its own work (the
 * launcher's start-up options, BENCHMARKS.md round 2). The second JVM costs ~0.1 s of start-up; its classes come
 * from an AppCDS archive the first relaunched run of each kind writes ({@link ClassArchive}), which is most of what
 * a small input gains. Not done when the caller chose JIT options itself, when running from classes (tests) or
 * when VPNDOCTOR_RELAUNCH=off.
 */
final class Relaunch {
    /** The property the relaunched JVM gets: {@link #LARGE} or {@link #SMALL}, the kind of input it was started for. */
    static final String DONE = "vpndoctor.relaunched";
    static final String LARGE = "large", SMALL = "small";
    static final int BIG_MB = 32;
    /**
     * The options of bin/vpn-doctor for a large input. The Tier4 thresholds (4x the defaults) leave to C1 the
     * methods a run calls only some thousand times: with many tunnels the batch phase (rules, assembly,
     * shape memo, report) runs thousands of such methods, and C2 compiled, and recompiled, them for work
     * that was nearly done (docs/perf-notes/s10-read.md); a hot loop still reaches C2 within milliseconds.
     */
    static final List<String> LARGE_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000",
            "-XX:Tier4InvocationThreshold=20000", "-XX:Tier4MinInvocationThreshold=2400", "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=160000");
    /** The options of bin/vpn-doctor for a small input: one GC thread, no C2 (its compilations would outlast the run). */
    static final List<String> SMALL_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private Relaunch() {}

    /** Whether this JVM is one relaunched for a large input (its reading is the critical path). */
    static boolean forLargeInput() {
        return LARGE.equals(System.getProperty(DONE));
    }

    /** The exit code of the relaunched JVM, or null when this JVM should run the command itself. */
    static Integer ifWorthIt(String[] args) {
        if (args.length == 0 || !args[0].equals("diagnose") || System.getProperty(DONE) != null
                || "off".equals(System.getenv("VPNDOCTOR_RELAUNCH"))) return null;
        boolean large = inputBytes(args) >= BIG_MB * 1024L * 1024L;
        boolean envOptions = System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("_JAVA_OPTIONS") != null;
        String[] own = ownArguments();
        List<String> jvm = optionsBeforeJar(own, envOptions);
        if (jvm == null) jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String o : jvm) {
            if (o.startsWith("-XX:FreqInlineSize") || o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:InlineSmallCode") || o.startsWith("-XX:Tier")
                    || choosesGc(o) || o.startsWith("-agentlib") || o.startsWith("-javaagent")) return null;
        }
        String java = ownCommand();
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
        if (java == null || !jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvm);
        cmd.addAll(large ? LARGE_OPTIONS : SMALL_OPTIONS);
        ClassArchive archive = ClassArchive.of(jar, java, jvm, large ? LARGE : SMALL);
        if (archive != null) cmd.addAll(archive.options());
        cmd.add("-D" + DONE + "=" + (large ? LARGE : SMALL));
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int exit = p.waitFor();
            if (archive != null) archive.finish(exit);
            return exit;
        } catch (IOException e) {
            return null; // run here, as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /*
     * This JVM's arguments and java binary are read from /proc/self where there is one, as ProcessHandle.Info reads
     * them on Linux, without ProcessHandle: its class set-up (a reaper thread pool made with lambdas, whose method
     * handle classes are spun) took ~10-20 ms of the parent before the child started; ProcessBuilder sets it up too,
     * but after the child is started. RelaunchTest compares both with ProcessHandle.Info's in a started JVM.
     */

    /** This JVM's command-line arguments after the java binary (as ProcessHandle.Info.arguments()), or null. */
    static String[] ownArguments() {
        java.io.File cmdline = new java.io.File("/proc/self/cmdline");
        if (!cmdline.canRead()) return ProcessHandle.current().info().arguments().orElse(null);
        try (java.io.FileInputStream in = new java.io.FileInputStream(cmdline)) { // not Files: its channel classes are not in the JDK's archive
            byte[] b = in.readAllBytes();
            java.nio.charset.Charset cs = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
            List<String> words = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    words.add(new String(b, start, i - start, cs));
                    start = i + 1;
                }
            }
            if (start < b.length) words.add(new String(b, start, b.length - start, cs));
            return words.isEmpty() ? null : words.subList(1, words.size()).toArray(new String[0]);
        } catch (IOException | RuntimeException e) {
            return null; // the runtime bean is asked
        }
    }

    /** This JVM's java binary, resolved (as ProcessHandle.Info.command()), or null. */
    static String ownCommand() {
        Path exe = Path.of("/proc/self/exe");
        if (!Files.exists(exe)) return ProcessHandle.current().info().command().orElse(null);
        try {
            return exe.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /*
     * The two option tests below are plain code, not regular expressions: compiling the patterns and their first
     * matches spun method-handle classes and loaded ~20 regex classes in the parent JVM, all of it before the child
     * starts. RelaunchTest compares them with the expressions they replace.
     */

    /** Whether {@code o} is {@code -XX:+Use<word characters>GC}: the caller chose a collector. */
    static boolean choosesGc(String o) {
        if (!o.startsWith("-XX:+Use") || !o.endsWith("GC") || o.length() < "-XX:+Use".length() + 3) return false;
        for (int i = "-XX:+Use".length(); i < o.length(); i++) {
            char c = o.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    private static final List<String> ASSERTION_OPTIONS = List.of("ea", "da", "esa", "dsa", "enableassertions", "disableassertions",
            "enablesystemassertions", "disablesystemassertions");
    private static final List<String> LAUNCHER_X_OPTIONS = List.of("X:VMOptionsFile=", "X:Flags=", "showSettings", "diag", "dock", "startOnFirstThread");

    /**
     * A JVM option the java launcher hands to the JVM as it is, in one word (not the launcher's own -XshowSettings ...):
     * -X&lt;anything&gt; but the launcher's, -D&lt;anything&gt;, the assertion switches (with or without :scope), -verbose[:what].
     */
    static boolean isOneWordJvmOption(String a) {
        if (a.length() < 2 || a.charAt(0) != '-') return false;
        String o = a.substring(1);
        if (o.charAt(0) == 'X') {
            if (o.length() == 1) return false;
            for (String l : LAUNCHER_X_OPTIONS) if (o.startsWith(l, 1)) return false;
            return true;
        }
        if (o.charAt(0) == 'D') return o.length() > 1;
        for (String e : ASSERTION_OPTIONS) if (o.equals(e) || o.startsWith(e + ":")) return true;
        return o.equals("verbose") || o.startsWith("verbose:") && o.length() > "verbose:".length();
    }

    /**
     * This JVM's options read from its own command line ({@code java [options] -jar JAR ...}): the same list as
     * the runtime bean's input arguments, without loading the management classes (~30 ms of the parent's start,
     * all of it before the child starts). Null, so the bean is asked, for any other form: no -jar, an option of
     * another kind (an @file, -cp, --add-opens, an options file ...), or options from the environment.
     */
    static List<String> optionsBeforeJar(String[] args, boolean envOptions) {
        if (args == null || envOptions) return null;
        List<String> options = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-jar")) return options;
            if (!isOneWordJvmOption(a)) return null;
            options.add(a);
        }
        return null;
    }

    /** Bytes of the files and folders among the arguments (also --opt=FILE); standard input counts as large. */
    static long inputBytes(String[] args) {
        long total = 0;
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) a = a.substring(a.indexOf('=') + 1);
            if (a.equals("-")) return Long.MAX_VALUE;
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p)) total += Files.size(p);
                else if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p, 3)) {
                        total += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a path: an option or its value
            }
        }
        return total;
    }
}
