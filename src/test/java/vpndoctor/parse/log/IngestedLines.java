package vpndoctor.parse.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vpndoctor.model.LogEvent;

/** Test helper: the events a log of these lines gives on one reading path (the log named t.log). */
final class IngestedLines {
    private IngestedLines() {}

    static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        LogIngest ingest = new LogIngest(new vpndoctor.model.InputAccounting(), mode);
        try {
            ingest.read("t.log", new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new ArrayList<>(ingest.events());
    }
}
