package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;

/**
 * A LogEvent's attrs are one array (SmallMap, issue 14: memory per event): same contents, order and
 * equality as the map they copy. (Not in package vpndoctor.model: a test class there hides the
 * model's classes from FactTypes, which lists the first folder of that package on the class path.)
 */
class EventAttributesTest {
    @Test
    void keepsInsertionOrderLooksUpAndEqualsAnOrdinaryMap() {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("notify", "14");
        src.put("direction", "received");
        src.put("spi", null);
        Map<String, String> m = event(src).getAttrs();
        assertThat(m.keySet()).containsExactly("notify", "direction", "spi");
        assertThat(m.get("direction")).isEqualTo("received");
        assertThat(m.getOrDefault("missing", "")).isEmpty();
        assertThat(m.containsKey("spi")).isTrue();
        assertThat(m.containsKey("missing")).isFalse();
        assertThat(m).isEqualTo(new HashMap<>(src)).hasSameHashCodeAs(new HashMap<>(src));
        assertThat(m.toString()).isEqualTo(src.toString());
        assertThatThrownBy(() -> m.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        src.put("later", "1");
        assertThat(m).hasSize(3); // a copy
        assertThat(event(Map.of()).getAttrs()).isEmpty();
        assertThat(event(null).getAttrs()).isEmpty();
    }

    private static LogEvent event(Map<String, String> attrs) {
        return new LogEvent("e1", "NOTIFY", Platform.ASA, "203.0.113.1", null, attrs, new Origin("a.log", 1, "x"), null, 1);
    }

    /** One, two and more attributes take three layouts (issue 14): each reads as the LinkedHashMap it copies. */
    @Test
    void everySizeReadsAsTheMapItCopies() {
        java.util.Random r = new java.util.Random(14);
        String[] names = {"notify", "direction", "spi", "group", "step", "detail", "proto"};
        vpndoctor.model.SharedValues shared = new vpndoctor.model.SharedValues();
        for (int round = 0; round < 5000; round++) {
            Map<String, String> src = new LinkedHashMap<>();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) src.put(names[r.nextInt(names.length)], r.nextInt(6) == 0 ? null : "v" + r.nextInt(3));
            boolean viaShared = r.nextBoolean();
            Map<String, String> m = viaShared
                    ? new LogEvent(1, "NOTIFY", Platform.ASA, "203.0.113.1", null, src, shared, new Origin("a.log", 1, "x"), null, 1).getAttrs()
                    : event(src).getAttrs();
            assertThat(m).isEqualTo(src).hasSameHashCodeAs(src);
            assertThat(m.toString()).isEqualTo(src.toString());
            assertThat(new java.util.ArrayList<>(m.entrySet())).isEqualTo(new java.util.ArrayList<>(src.entrySet()));
            assertThat(m.size()).isEqualTo(src.size());
            for (String k : names) {
                assertThat(m.get(k)).isEqualTo(src.get(k));
                assertThat(m.getOrDefault(k, "-")).isEqualTo(src.getOrDefault(k, "-"));
                assertThat(m.containsKey(k)).isEqualTo(src.containsKey(k));
            }
            if (viaShared && !src.isEmpty()) { // an equal map in the same order is the same instance
                Map<String, String> again = new LogEvent(2, "NOTIFY", Platform.ASA, "203.0.113.1", null, new LinkedHashMap<>(src), shared,
                        new Origin("a.log", 2, "x"), null, 2).getAttrs();
                assertThat(again).isSameAs(m);
            }
        }
    }

    @Test
    void aLogEventReadsItsAttributesThroughIt() {
        LogEvent e = new LogEvent("e1", "NOTIFY", Platform.ASA, "203.0.113.1", null, Map.of("notify", "14"), new Origin("a.log", 1, "x"), null, 1);
        assertThat(e.attr("notify")).isEqualTo("14");
        assertThat(e.attr("other")).isEmpty();
        assertThat(e.has("notify")).isTrue();
        assertThat(e.describe()).isEqualTo("NOTIFY peer 203.0.113.1 {notify=14}");
    }
}
