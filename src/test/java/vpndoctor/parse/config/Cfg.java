package vpndoctor.parse.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vpndoctor.model.Side;

/** Test helper: parse a config given as lines or as a test resource. */
final class Cfg {
    private Cfg() {}

    static ParsedConfig parse(String... lines) { return parse(Side.LOCAL, lines); }

    static ParsedConfig parse(Side side, String... lines) {
        try {
            return ConfigReader.read("test.cfg", side, new StringReader(String.join("\n", lines) + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedConfig resource(String name, Side side) {
        try (var in = Cfg.class.getResourceAsStream("/configs/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return ConfigReader.read(name, side, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T one(ParsedConfig p, Class<T> type) {
        List<T> all = p.factsOf(type);
        if (all.size() != 1) throw new AssertionError("expected one " + type.getSimpleName() + ", got " + all + "\nunparsed: " + p.unparsed());
        return all.get(0);
    }
}
