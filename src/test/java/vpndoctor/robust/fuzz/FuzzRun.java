package vpndoctor.robust.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs one target for a bounded number of mutated inputs. A failing input is saved under
 * target/fuzz-crashes/ (to be moved into src/test/resources/fuzz-regressions/ with its fix) and
 * the run goes on, so one run reports every distinct failure, not only the first.
 */
public final class FuzzRun {
    /** What a run did: executions, elapsed time and the failures (message + saved file). */
    public record Result(FuzzTargets.Target target, long seed, int executions, long millis, List<String> failures) {
        @Override public String toString() {
            return String.format("%s: %d executions in %.1f s (seed %d), %d failure(s)", target, executions, millis / 1000.0, seed, failures.size());
        }
    }

    private FuzzRun() {}

    public static Result run(FuzzTargets.Target target, long seed, int iterations) {
        Mutator m = new Mutator(seed, target, Seeds.of(target));
        List<String> failures = new ArrayList<>();
        java.util.Set<String> seenMessages = new java.util.HashSet<>();
        long start = System.nanoTime();
        int i = 0;
        for (; i < iterations; i++) {
            byte[] input = m.next();
            try {
                FuzzTargets.run(target, input);
            } catch (Throwable t) { // anything at all that escapes is a finding
                String msg = t + (t.getCause() != null ? " <- " + t.getCause() : "");
                if (seenMessages.add(firstLine(msg)) && failures.size() < 20) failures.add("iteration " + i + ": " + msg + " (input saved as " + save(target, input) + ")");
            }
        }
        return new Result(target, seed, i, (System.nanoTime() - start) / 1_000_000, failures);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceAll("\\d+", "#");
    }

    private static Path save(FuzzTargets.Target target, byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-crashes", target.name().toLowerCase());
            Files.createDirectories(dir);
            byte[] h = java.security.MessageDigest.getInstance("SHA-1").digest(input);
            Path p = dir.resolve("crash-" + HexFormat.of().formatHex(h, 0, 8));
            Files.write(p, input);
            return p;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return Path.of("(not saved: " + e + ")");
        }
    }
}
