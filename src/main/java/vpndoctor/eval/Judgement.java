package vpndoctor.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which root causes a fixture file's lines may justify, by hand judgement: a TSV of
 * {@code file<TAB>allowed IDs (space or comma separated; - for none)[<TAB>why]}, '#' starts a
 * comment. A file is matched by its name (or a path suffix); a file not listed may justify none.
 */
public final class Judgement {
    private final Map<String, List<String>> allowed;

    private Judgement(Map<String, List<String>> allowed) {
        this.allowed = allowed;
    }

    public static Judgement none() { return new Judgement(Map.of()); }

    public static Judgement read(Path tsv) throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 2) throw new IOException(tsv + ":" + n + ": expected 'file<TAB>allowed IDs (or -)[<TAB>why]'");
            String ids = f[1].strip();
            m.put(f[0].strip().replace('\\', '/'), ids.isEmpty() || ids.equals("-") ? List.of() : List.of(ids.split("[\\s,]+")));
        }
        return new Judgement(m);
    }

    /** The IDs the file's lines may justify (empty: none). */
    public List<String> allowed(Path file) {
        String p = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        List<String> byName = allowed.get(name);
        if (byName != null) return byName;
        for (Map.Entry<String, List<String>> e : allowed.entrySet()) if (p.endsWith("/" + e.getKey()) || p.equals(e.getKey())) return e.getValue();
        return List.of();
    }
}
