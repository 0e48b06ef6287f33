package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * Issue 13.1, the guard itself: whatever fails while one line is classified (here the store, on
 * purpose) skips that line with file, line and reason, and the lines after it are still read.
 */
class OneLineFailsTest {
    /** A store that fails on the line whose text holds "POISON". */
    static final class FailingStore extends EventStore {
        @Override void add(Parsed p, String key, Platform platform, Origin origin, String time, long seq) {
            if (origin != null && origin.getText().contains("POISON")) throw new IllegalArgumentException("poisoned");
            super.add(p, key, platform, origin, time, seq);
        }
        /** The path of a line whose key the store hashes from its parts (EventStore.hashOf). */
        @Override LogEvent add(Parsed p, Platform platform, Origin origin, String time, long seq) {
            if (origin != null && origin.getText().contains("POISON")) throw new IllegalArgumentException("poisoned");
            return super.add(p, platform, origin, time, seq);
        }
    }

    @Test
    void aFailingLineIsSkippedWithWhereAndWhyAndTheNextLineIsRead() {
        InputAccounting acct = new InputAccounting();
        FailingStore store = new FailingStore();
        LineClassifier c = new LineClassifier(acct, store);
        SourceContext ctx = new SourceContext("a.log");
        c.line(ctx, "%ASA-3-713902: Group = 198.51.100.7, IP = 198.51.100.7, Removing peer from peer table failed, no match! POISON");
        c.line(ctx, "%ASA-3-713902: Group = 198.51.100.8, IP = 198.51.100.8, Removing peer from peer table failed, no match!");
        c.endOfSource(ctx);
        assertThat(acct.getLines()).isEqualTo(2);
        assertThat(acct.getSkippedLines()).isEqualTo(1);
        assertThat(acct.accounted()).isEqualTo(2);
        assertThat(acct.getSkipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("a.log");
            assertThat(s.line()).isEqualTo(1);
            assertThat(s.reason()).contains("not understood").contains("expected").contains("poisoned");
        });
        assertThat(store.events()).singleElement().satisfies(e -> assertThat(e.getPeer()).isEqualTo("198.51.100.8"));
    }
}
