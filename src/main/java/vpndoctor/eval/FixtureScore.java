package vpndoctor.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * A plain log file with no expected verdict (another project's parser fixtures): it must give no
 * root cause unless the judgement allows it, and must be read to its last line.
 */
public record FixtureScore(String file, long linesInFile, long linesRead, List<String> rootCauses, List<String> unjustified,
                           List<String> allowed) {

    public boolean readToTheEnd() { return linesRead == linesInFile; }

    public static FixtureScore score(Path file, Diagnosis d, Judgement judgement, CauseCatalog catalog) throws IOException {
        List<String> allowed = judgement.allowed(file);
        List<String> claimed = d.rootCauses().stream().map(FixtureScore::said).toList();
        List<String> unjustified = d.rootCauses().stream()
                .filter(f -> allowed.stream().noneMatch(a -> catalog.satisfies(f.id(), a))).map(FixtureScore::said).toList();
        return new FixtureScore(file.toString(), countLines(file), d.input().lines(), claimed, unjustified, allowed);
    }

    private static String said(Finding f) {
        return String.format(Locale.ROOT, "%s %.2f @%s", f.id(), f.confidence(), f.tunnel());
    }

    /** Lines as a reader sees them: every line feed ends one, and a last line without one counts too. */
    static long countLines(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            InputStream in = raw;
            if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(raw);
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
                last = buf[n - 1];
            }
            return last == '\n' ? lines : lines + 1;
        }
    }
}
