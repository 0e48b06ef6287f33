package vpndoctor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled rules compiled at build time and shipped inside the jar, so even the first run on a
 * machine (or one with a read-only home) skips the compile. `mvn process-classes` runs {@link #main}
 * on the freshly compiled classes; it writes {@value #DIR}/&lt;key&gt;.bin (the {@link KieBaseCache}
 * format) and the list of bundled rule files ({@value RuleLoader#INDEX}), which lets the jar's rules
 * be read without opening the jar as a file system. The key covers the rule files, the Drools
 * version and the format, not the code: the entry is only ever read next to the classes it was
 * built with (same jar, or the same classes folder, rebuilt whenever a class is newer than it).
 * Any other rule set (--rules DIR) has another key and takes the normal path. Next to the entry the
 * build writes the same rules as an executable model ({@link ExecutableRules}), which is used first.
 */
public final class PrebuiltRules {
    static final String DIR = "vpndoctor-kiebase";

    private PrebuiltRules() {}

    /** Classpath resource name of the prebuilt entry for these files. */
    static String resource(List<RuleFile> files) {
        return DIR + "/" + KieBaseCache.contentKey(files) + ".bin";
    }

    /** The prebuilt rules for exactly these files, or null (none shipped, other files, unreadable). */
    static RuleCompiler.Compiled find(List<RuleFile> files) {
        if (files.isEmpty() || !files.stream().allMatch(RuleFile::bundled)) return null;
        RuleCompiler.Compiled preloaded = RulePreload.take(files);
        return preloaded != null ? preloaded : read(files);
    }

    /**
     * The shipped rules for these files, or null: the executable model when one was generated for
     * exactly these files ({@link ExecutableRules}; the build makes it only from files that compile
     * with no problem, so nothing is dropped or reported), else the serialized entry.
     */
    static RuleCompiler.Compiled read(List<RuleFile> files) {
        org.kie.api.KieBase model = ExecutableRules.find(files);
        if (model != null) return new RuleCompiler.Compiled(model, List.copyOf(files), List.of(), List.of());
        return readSerialized(files);
    }

    /** Reads the shipped serialized entry for these files, or null. */
    static RuleCompiler.Compiled readSerialized(List<RuleFile> files) {
        try (InputStream in = PrebuiltRules.class.getClassLoader().getResourceAsStream(resource(files))) {
            return in == null ? null : KieBaseCache.read(in, files);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null; // a shortcut only: compile instead
        }
    }

    /**
     * The build step says nothing unless asked (VPNDOCTOR_BUILD_VERBOSE=1): `mvn -q` must stay
     * quiet, and Maven cannot tell a forked step that it runs quietly. Failures still throw.
     */
    private static final boolean VERBOSE = "1".equals(System.getenv("VPNDOCTOR_BUILD_VERBOSE"));

    /** Build step: args[0] is the classes folder holding vpndoctor-rules/. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<RuleFile> files = RuleLoader.folderAsBundled(classes.resolve(RuleLoader.BUNDLED_ROOT));
        Files.writeString(classes.resolve(RuleLoader.INDEX),
                String.join("\n", files.stream().map(RuleFile::relative).toList()) + "\n", StandardCharsets.UTF_8);
        boolean modelCurrent = ExecutableRulesBuild.upToDate(classes, files);
        // an old model's classes go first: its rule-declared types (rules.symptoms.TracedFlow, ...) sit in the classes
        // folder, and the DRL compile below would take a stale one from the class path; the serialized rules made
        // with it then name a class that is deleted next (an incremental build after a rule change failed so)
        if (!modelCurrent) ExecutableRulesBuild.removeOld(classes);
        RuleCompiler.Compiled compiled = writeSerialized(classes, files, !modelCurrent);
        if (modelCurrent) {
            if (VERBOSE) System.out.println("executable model up to date: " + ExecutableRules.resource(files));
            return;
        }
        long t0 = System.nanoTime();
        if (compiled == null) {
            try (InputStream in = Files.newInputStream(classes.resolve(resource(files)))) {
                compiled = KieBaseCache.read(in, files);
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        // a model of files the DRL build drops or warns about would not give the same diagnoses: none then
        if (!compiled.dropped().isEmpty() || !compiled.problems().isEmpty()) {
            System.err.println("prebuilt rules: no executable model (the rules have problems: see `rules check`)");
            return;
        }
        List<String> errors = ExecutableRulesBuild.write(classes, files);
        if (!errors.isEmpty()) {
            // said even under -q: the jar still works (serialized rules), but runs slower, and ExecutableRulesTest fails
            System.err.println("prebuilt rules: the executable model does not build, the jar ships the serialized rules only:");
            errors.stream().limit(10).forEach(e -> System.err.println("  " + e));
            return;
        }
        if (VERBOSE) System.out.printf("executable model: generated in %.1f s into %s%n", (System.nanoTime() - t0) / 1e9, ExecutableRules.resource(files));
    }

    /** Writes the serialized entry unless it is newer than every class (or force); returns what it compiled, or null when up to date. */
    private static RuleCompiler.Compiled writeSerialized(Path classes, List<RuleFile> files, boolean force) throws IOException {
        Path dir = classes.resolve(DIR);
        Path entry = classes.resolve(resource(files));
        if (!force && Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toMillis() > newestClass(classes)) {
            if (VERBOSE) System.out.println("prebuilt rules up to date: " + classes.relativize(entry));
            return null;
        }
        long t0 = System.nanoTime();
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files);
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".bin")).toList()) Files.delete(p);
        }
        try (OutputStream out = Files.newOutputStream(entry)) {
            KieBaseCache.write(out, compiled);
        }
        if (VERBOSE) System.out.printf("prebuilt rules: %d files compiled in %.1f s into %s (%d KB)%n", files.size(), (System.nanoTime() - t0) / 1e9,
                classes.relativize(entry), Files.size(entry) / 1024);
        return compiled;
    }

    private static long newestClass(Path classes) {
        try (Stream<Path> walk = Files.walk(classes.resolve("vpndoctor"))) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .mapToLong(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).max().orElse(Long.MAX_VALUE);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
