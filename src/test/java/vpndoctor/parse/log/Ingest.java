package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/** Test helpers: feed text to a LogIngest and pick out what came out. */
final class Ingest {
    final InputAccounting acct = new InputAccounting();
    final LogIngest ingest = new LogIngest(acct);

    static Ingest of(String... lines) {
        return new Ingest().read("test.log", String.join("\n", lines) + "\n");
    }

    Ingest read(String source, String text) {
        return read(source, text.getBytes(StandardCharsets.UTF_8));
    }

    Ingest read(String source, byte[] bytes) {
        try {
            ingest.read(source, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<LogEvent> events() {
        return ingest.events();
    }

    /** The event of the last line read (lines before it only provide context). */
    LogEvent last() {
        List<LogEvent> es = events();
        assertThat(es).as("events").isNotEmpty();
        return es.stream().max((a, b) -> Long.compare(a.getLastSeq(), b.getLastSeq())).orElseThrow();
    }

    /** A table row: line, expected kind, expected peer ("-" for none), expected attrs "k=v;k=v" (subset). */
    static Arguments row(String line, String kind, String peer, String attrs) {
        return Arguments.of(line, kind, peer, attrs);
    }

    static Map<String, String> attrs(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec == null || spec.isEmpty()) return m;
        for (String kv : spec.split(";")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }

    /** Asserts that one line (alone in its source) yields exactly one event as described. */
    static LogEvent assertSingle(String line, String kind, String peer, String attrs) {
        Ingest in = of(line);
        assertThat(in.ingest.unrecognized()).as("unrecognized for: " + line).isEmpty();
        assertThat(in.events()).as("events for: " + line).hasSize(1);
        LogEvent e = in.events().get(0);
        assertThat(e.getKind()).as("kind of: " + line).isEqualTo(kind);
        assertThat(e.getPeer()).as("peer of: " + line).isEqualTo("-".equals(peer) ? null : peer);
        assertThat(e.getAttrs()).as("attrs of: " + line).containsAllEntriesOf(attrs(attrs));
        return e;
    }
}
