package vpndoctor.robust.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Starting inputs for each target, taken from facts-samples/ (real device text) plus a few hand-made ones. */
public final class Seeds {
    private Seeds() {}

    public static List<byte[]> of(FuzzTargets.Target t) {
        List<byte[]> out = new ArrayList<>();
        switch (t) {
            case LOG -> files(Path.of("facts-samples"), p -> p.endsWith(".log")).forEach(p -> out.add(read(p)));
            case CONFIG -> {
                files(Path.of("facts-samples"), p -> p.endsWith(".cfg")).forEach(p -> out.add(read(p)));
                files(Path.of("src/test/resources/configs"), p -> p.endsWith(".cfg")).forEach(p -> out.add(read(p)));
            }
            case JSON -> {
                files(Path.of("facts-samples"), p -> p.endsWith("observations.json")).forEach(p -> out.add(read(p)));
                for (String s : List.of("{}", "[]", "{\"observations\": []}", "{\"observations\": [{\"kind\": \"TUNNEL_NEVER_UP\"}]}",
                        "{\"observations\": [{\"@class\": \"java.lang.ProcessBuilder\", \"kind\": \"X\", \"tunnel\": 5}]}",
                        "{\"description\": \"d\", \"observations\": {\"kind\": \"X\"}}")) {
                    out.add(s.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static List<Path> files(Path root, java.util.function.Predicate<String> name) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("real-heldout")).filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
