package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * The event store's key table (event indexes in an int[] table, each event's key hashes in chunks:
 * issue 14) against the plain model: a map from key String to the first event of that key, and per
 * (kind, peer) at most {@value EventStore#MAX_VARIANTS} variants before further ones fold into one
 * overflow event. Enough distinct keys to grow the table many times, repeats, and groups past the cap.
 */
class EventTableTest {
    @Test
    void eventsAndCountsAreThoseOfAPlainMapOfKeys() {
        Random r = new Random(14);
        EventStore store = new EventStore();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<String>> variants = new HashMap<>();
        Map<String, Integer> overflow = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        List<String> firstKeys = new ArrayList<>();
        EventKind[] kinds = {EventKind.P1_COMPLETED, EventKind.IKE_TRACE, EventKind.HASH_VERIFY_FAILED, EventKind.QM_FSM_ERROR};
        Parsed p = new Parsed();
        for (int line = 1; line <= 300_000; line++) {
            p.reset();
            p.kind = kinds[r.nextInt(kinds.length)];
            boolean busy = r.nextInt(50) == 0; // a few peers with many variants: past the cap
            p.peer = busy ? "198.51.100." + r.nextInt(4) : "100.64." + r.nextInt(256) + "." + r.nextInt(r.nextBoolean() ? 8 : 256);
            if (r.nextInt(3) > 0) p.attrs.put("group", p.peer);
            if (r.nextInt(2) == 0) p.attrs.put("step", "s" + r.nextInt(busy ? 60 : 3));
            String key = EventStore.key(p);
            String group = p.kind + " " + p.peer;
            LogEvent e = line % 2 == 0 ? store.add(p, Platform.ASA, new Origin("a.log", line, "x"), null, line)
                    : addByKey(store, p, key, line);
            // the plain model
            Integer known = byKey.get(key);
            int index;
            if (known != null) {
                index = known;
            } else if (variants.computeIfAbsent(group, g -> new ArrayList<>()).size() < EventStore.MAX_VARIANTS) {
                variants.get(group).add(key);
                index = counts.size();
                counts.add(0);
                firstKeys.add(key);
                byKey.put(key, index);
            } else {
                Integer o = overflow.get(group);
                if (o == null) {
                    o = counts.size();
                    counts.add(0);
                    firstKeys.add(group + " variants=more");
                    overflow.put(group, o);
                }
                index = o;
            }
            counts.set(index, counts.get(index) + 1);
            assertThat(e.getId()).as("line %d, key %s", line, key).isEqualTo("e" + (index + 1));
        }
        assertThat(store.events()).hasSize(counts.size());
        assertThat(overflow).isNotEmpty();
        assertThat(byKey.size()).isGreaterThan(100_000);
        for (int i = 0; i < counts.size(); i++) {
            LogEvent e = store.events().get(i);
            assertThat(e.getCount()).as(firstKeys.get(i)).isEqualTo(counts.get(i));
        }
    }

    private static LogEvent addByKey(EventStore store, Parsed p, String key, int line) {
        store.add(p, key, Platform.ASA, new Origin("a.log", line, "x"), null, line);
        return store.existing(key, p.kind, p.peer);
    }
}
