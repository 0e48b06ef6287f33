package vpndoctor.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** facts-samples/KNOWN_GAPS.txt: cases that fail today, with the reason (the list can only shrink). */
final class KnownGaps {
    private static Map<String, String> gaps;

    private KnownGaps() {}

    static synchronized String reason(String caseName) {
        if (gaps == null) {
            gaps = new HashMap<>();
            Path f = Path.of("facts-samples", "KNOWN_GAPS.txt");
            if (Files.exists(f)) {
                try {
                    for (String line : Files.readAllLines(f)) {
                        if (line.isBlank() || line.startsWith("#")) continue;
                        String[] p = line.split("\t", 2);
                        gaps.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return gaps.get(caseName);
    }
}
