package vpndoctor.watch;

import java.time.Instant;

/** Where followed files and syslog listeners deliver lines. */
@FunctionalInterface
public interface LineHandler {
    void line(String source, String text, Instant received);
}
