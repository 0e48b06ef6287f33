package vpndoctor.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vpndoctor.model.FactDoc;

/**
 * The fact model as the rules see it, found from the classes themselves (classpath folder or jar),
 * so the linter and the reference doc never need a hand-kept list.
 */
public final class FactTypes {
    public static final List<String> PACKAGES = List.of("vpndoctor.model", "vpndoctor.model.config", "vpndoctor.model.derived");

    /** Types the evidence loader inserts (input facts); every other fact must be inserted by a rule. */
    public static final Set<String> INPUT_TYPES_OUTSIDE_CONFIG = Set.of("LogEvent", "UnrecognizedLine", "Observation", "TunnelEnds",
            "LogPeers");

    private FactTypes() {}

    /**
     * Every top-level class of a package, sorted by simple name, from every classpath folder or jar
     * that holds the package (a second one, e.g. tests or an embedding tool's classes in the same
     * package, must not hide the model's own).
     */
    public static List<Class<?>> classesOf(String pkg) {
        String folder = pkg.replace('.', '/');
        try {
            Map<String, Class<?>> byName = new java.util.TreeMap<>();
            for (URL url : java.util.Collections.list(FactTypes.class.getClassLoader().getResources(folder))) {
                for (String n : classNames(url.toURI(), folder)) {
                    if (!byName.containsKey(n)) byName.put(n, Class.forName(pkg + "." + n));
                }
            }
            List<Class<?>> out = new ArrayList<>(byName.values());
            out.sort(Comparator.comparing(Class::getSimpleName));
            return out;
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list the classes of " + pkg + ": " + e.getMessage(), e));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(URI uri, String folder) throws IOException {
        Path root;
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            root = fs.getPath(folder);
        } else {
            root = Path.of(uri);
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".class") || n.contains("$") || n.equals("package-info.class")) continue;
                out.add(n.substring(0, n.length() - ".class".length()));
            }
        }
        return out;
    }

    /** The documented fact types (those carrying @FactDoc) of the model packages. */
    public static List<Class<?>> documented() {
        List<Class<?>> out = new ArrayList<>();
        for (String p : PACKAGES) for (Class<?> c : classesOf(p)) if (c.isAnnotationPresent(FactDoc.class)) out.add(c);
        return out;
    }

    /** Simple names of the facts the evidence loader inserts: logs, observations, every config fact. */
    public static Set<String> inputTypeNames() {
        Set<String> names = new java.util.TreeSet<>(INPUT_TYPES_OUTSIDE_CONFIG);
        for (Class<?> c : classesOf("vpndoctor.model.config")) names.add(c.getSimpleName());
        return names;
    }
}
