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
 * Any other rule set (--rules DIR) has another key and takes the normal path.
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

    /** Reads the shipped entry for these files, or null. */
    static RuleCompiler.Compiled read(List<RuleFile> files) {
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
        Path dir = classes.resolve(DIR);
        Path entry = classes.resolve(resource(files));
        if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toMillis() > newestClass(classes)) {
            if (VERBOSE) System.out.println("prebuilt rules up to date: " + classes.relativize(entry));
            return;
        }
        long t0 = System.nanoTime();
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files);
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        try (OutputStream out = Files.newOutputStream(entry)) {
            KieBaseCache.write(out, compiled);
        }
        if (VERBOSE) System.out.printf("prebuilt rules: %d files compiled in %.1f s into %s (%d KB)%n", files.size(), (System.nanoTime() - t0) / 1e9,
                classes.relativize(entry), Files.size(entry) / 1024);
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
