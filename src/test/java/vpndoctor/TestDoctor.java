package vpndoctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One Diagnoser with the bundled rules for the whole test run: building rules is the slow part. */
public final class TestDoctor {
    private static Diagnoser shared;

    private TestDoctor() {}

    public static synchronized Diagnoser get() {
        if (shared == null) {
            try {
                shared = Diagnoser.builder().build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The diagnosis of one case folder under facts-samples/ (e.g. "045-nokia-..." or "real/ios-..."). */
    public static vpndoctor.result.Diagnosis diagnoseSample(String folder) {
        try {
            return get().diagnose(Evidence.fromCaseFolder(samples().resolve(folder)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's facts-samples folder (tests run from the project root). */
    public static Path samples() {
        Path p = Path.of("facts-samples");
        if (!Files.isDirectory(p)) throw new IllegalStateException("facts-samples/ not found from " + Path.of("").toAbsolutePath());
        return p;
    }
}
