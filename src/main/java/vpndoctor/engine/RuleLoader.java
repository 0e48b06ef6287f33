package vpndoctor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gathers rule files: the bundled set packed in the jar (copied from rules-drl/ at build time)
 * and, on top, an engineer's folder. A folder file with the same relative path replaces the
 * bundled one; a folder rule with the same name as a bundled rule overrides that rule.
 */
public final class RuleLoader {
    /** Classpath folder the build copies rules-drl/ into. */
    public static final String BUNDLED_ROOT = "vpndoctor-rules";
    /** List of the bundled rule files, written at build time (see PrebuiltRules). */
    static final String INDEX = "vpndoctor-rules.index";

    /**
     * The jar's bundled files once read: a jar does not change under the JVM that runs it, and a diagnosis asks
     * twice (the rule preload, then the build that checks the preload is for the same files).
     */
    private static volatile List<RuleFile> jarFiles;

    private RuleLoader() {}

    public static List<RuleFile> bundled() {
        URL url = RuleLoader.class.getClassLoader().getResource(BUNDLED_ROOT);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                List<RuleFile> known = jarFiles;
                if (known == null) jarFiles = known = List.copyOf(fromJar(uri));
                return new ArrayList<>(known);
            }
            return read(Path.of(uri), true);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the bundled rules: " + e.getMessage(), e));
        }
    }

    private static List<RuleFile> fromJar(URI uri) throws IOException {
        List<RuleFile> indexed = fromIndex();
        if (indexed != null) return indexed;
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        return read(fs.getPath(BUNDLED_ROOT), true);
    }

    /**
     * The bundled files by the build's index, read as plain resources: opening a 15 MB jar as a
     * file system to list one folder costs a few hundred milliseconds of a one-second run.
     */
    private static List<RuleFile> fromIndex() throws IOException {
        ClassLoader cl = RuleLoader.class.getClassLoader();
        try (InputStream index = cl.getResourceAsStream(INDEX)) {
            if (index == null) return null;
            List<RuleFile> files = new ArrayList<>();
            for (String rel : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (rel.isBlank()) continue;
                try (InputStream in = cl.getResourceAsStream(BUNDLED_ROOT + "/" + rel)) {
                    if (in == null) return null; // index and jar disagree: list the folder instead
                    files.add(new RuleFile(rel, "rules-drl/" + rel, new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
                }
            }
            return files;
        }
    }

    /** A folder read the way the bundled rules are (build step: the classes folder's copy of them). */
    static List<RuleFile> folderAsBundled(Path dir) throws IOException {
        return read(dir, true);
    }

    /** Rule files of a folder (recursively), in a stable order. */
    public static List<RuleFile> folder(Path dir) throws IOException {
        if (!Files.exists(dir)) throw new IOException(dir + ": rules folder does not exist");
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": expected a folder of .drl/.dsl/.dslr files, found a file");
        return read(dir, false);
    }

    private static List<RuleFile> read(Path root, boolean bundled) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String location = bundled ? "rules-drl/" + rel : p.toString();
                RuleFile f = new RuleFile(rel, location, Files.readString(p, StandardCharsets.UTF_8), bundled);
                if (f.isRuleSource()) files.add(f);
            }
        }
        return files;
    }

    /** The bundled files with the folder's files layered on top (see class comment). */
    public static List<RuleFile> overlay(List<RuleFile> base, List<RuleFile> top) {
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        for (RuleFile f : base) byPath.put(f.relative(), f);
        Set<String> overridden = new java.util.HashSet<>();
        for (RuleFile f : top) {
            if (f.extension().equals("drl") || f.extension().equals("dslr")) overridden.addAll(RuleText.ruleNames(f.content()).keySet());
        }
        for (Map.Entry<String, RuleFile> e : byPath.entrySet()) {
            RuleFile f = e.getValue();
            String content = f.content();
            for (String name : RuleText.ruleNames(content).keySet()) {
                if (overridden.contains(name)) content = RuleText.withoutRule(content, name);
            }
            if (!content.equals(f.content())) e.setValue(new RuleFile(f.relative(), f.location(), content, f.bundled()));
        }
        for (RuleFile f : top) byPath.put(f.relative(), f);
        return new ArrayList<>(byPath.values());
    }
}
