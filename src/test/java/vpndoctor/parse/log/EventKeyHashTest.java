package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vpndoctor.model.EventKind;

/**
 * The store hashes a parsed line's key from its parts (EventStore.hashOf) instead of making the key
 * String first: both must give the same 128 bits, or a line would land in another event than before.
 */
class EventKeyHashTest {
    private static final String[] NAMES = {"group", "spi", "state", "detail", "role", "ikev", "exchange", "natt", "authMethod", "badAddress"};
    private static final String[] VALUES = {"100.64.0.1", "0x1a2b3c4d", "MM_WAIT_MSG2", "", "null", "a=b", "\u0001x", "é ü", "日本", "x\uD83D\uDE00y",
            "all IPSec SA proposals found unacceptable", "2", "10.0.0.1"};

    @Test
    void keyHashedFromItsPartsEqualsTheHashOfTheKeyString() {
        Random r = new Random(14);
        EventStore store = new EventStore();
        EventKind[] kinds = EventKind.values();
        Parsed p = new Parsed();
        for (int i = 0; i < 20_000; i++) {
            p.reset();
            p.kind = kinds[r.nextInt(kinds.length)];
            p.peer = r.nextInt(4) == 0 ? null : "100.64." + r.nextInt(256) + "." + r.nextInt(256);
            p.local = r.nextInt(3) == 0 ? "192.0.2." + r.nextInt(256) : null;
            List<String> names = new ArrayList<>(List.of(NAMES));
            Collections.shuffle(names, r);
            int n = r.nextInt(6);
            for (int k = 0; k < n; k++) p.attrs.put(names.get(k), VALUES[r.nextInt(VALUES.length)] + (r.nextBoolean() ? "" : r.nextInt(1000)));
            long[] fromKey = store.hashOfKey(EventStore.key(p));
            store.hashOf(p);
            assertThat(store.lastHash()).as(EventStore.key(p)).containsExactly(fromKey);
        }
    }
}
