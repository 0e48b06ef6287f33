package vpndoctor.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns file trouble into one clear sentence naming the file. */
final class InputProblems {
    private InputProblems() {}

    /** Why a path cannot be read as a file, or empty when it can. */
    static Optional<String> check(Path p) {
        if (p == null) return Optional.empty();
        if (!Files.exists(p)) {
            return Optional.of(Files.isSymbolicLink(p) ? "symbolic link that resolves to no file (a loop or a missing target)" : "file not found");
        }
        if (Files.isDirectory(p)) return Optional.of("is a directory, expected a file");
        if (!Files.isReadable(p)) return Optional.of("permission denied (not readable)");
        return Optional.empty();
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "file not found";
        if (e instanceof AccessDeniedException) return "permission denied (not readable)";
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
