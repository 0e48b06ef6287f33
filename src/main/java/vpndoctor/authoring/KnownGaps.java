package vpndoctor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KNOWN_GAPS.txt beside the case folders (in the folder that holds them: facts-samples/ for
 * the bundled cases, facts-samples/real/ for the real captures): cases that fail today, with the
 * reason (the list can only shrink). Format: case-folder TAB why; '#' starts a comment.
 */
public final class KnownGaps {
    public static final String FILE = "KNOWN_GAPS.txt";
    private final Map<String, String> gaps;

    private KnownGaps(Map<String, String> gaps) {
        this.gaps = Collections.unmodifiableMap(gaps);
    }

    public static KnownGaps none() { return new KnownGaps(Map.of()); }

    /** Reads casesRoot/KNOWN_GAPS.txt; no file means no gaps. */
    public static KnownGaps of(Path casesRoot) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Path f = casesRoot.resolve(FILE);
        if (Files.isRegularFile(f)) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", 2);
                m.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
            }
        }
        return new KnownGaps(m);
    }

    /** The gaps listed beside a case folder (its parent's KNOWN_GAPS.txt), read once per folder through cache. */
    public static KnownGaps besideCase(Path caseFolder, Map<Path, KnownGaps> cache) throws IOException {
        Path parent = caseFolder.toAbsolutePath().normalize().getParent();
        if (parent == null) return none();
        KnownGaps g = cache.get(parent);
        if (g == null) {
            g = of(parent);
            cache.put(parent, g);
        }
        return g;
    }

    /** The reason the case is a known gap, or null when it is not one. */
    public String reason(String caseName) { return gaps.get(caseName); }

    public Map<String, String> all() { return gaps; }
}
