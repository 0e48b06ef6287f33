package vpndoctor.parse.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log files tests read whole: every sample case's logs (never the held-out set) and the other
 * projects' real syslog fixtures in ../shared/corpora, which are read in place and never copied.
 */
public final class LogFiles {
    private LogFiles() {}

    /** Every facts-samples/**&#47;*.log except under real-heldout/, sorted. */
    public static List<Path> sampleLogs() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("facts-samples"))) {
            return s.filter(p -> !p.toString().contains("real-heldout"))
                    .filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
    }

    /**
     * ../shared/corpora relative to the repository root; a git worktree under wt/ sits one level
     * deeper, so ../../shared/corpora is tried too. Null when absent (the caller skips with a message).
     */
    public static Path corporaDir() {
        for (String d : new String[] {"../shared/corpora", "../../shared/corpora"}) {
            Path p = Path.of(d);
            if (Files.isDirectory(p)) return p;
        }
        return null;
    }

    /** The corpora's *.log files, sorted (empty when the folder is absent). */
    public static List<Path> corporaLogs() throws IOException {
        Path dir = corporaDir();
        if (dir == null) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
    }

    /** The file's lines as a reader splits them (CR, LF, CRLF), decoded as Latin-1 so no byte is lost. */
    public static List<String> lines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) out.add(l);
        }
        return out;
    }
}
