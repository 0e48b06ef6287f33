package vpndoctor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A LogEvent's attrs in one array (issue 14: memory per event): same contents, order and equality as the map it copies. */
class SmallMapTest {
    @Test
    void keepsInsertionOrderLooksUpAndEqualsAnOrdinaryMap() {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("notify", "14");
        src.put("direction", "received");
        src.put("spi", null);
        Map<String, String> m = SmallMap.copyOf(src);
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
        assertThat(SmallMap.copyOf(Map.of())).isEmpty();
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
