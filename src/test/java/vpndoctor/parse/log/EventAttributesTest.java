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

    @Test
    void aLogEventReadsItsAttributesThroughIt() {
        LogEvent e = new LogEvent("e1", "NOTIFY", Platform.ASA, "203.0.113.1", null, Map.of("notify", "14"), new Origin("a.log", 1, "x"), null, 1);
        assertThat(e.attr("notify")).isEqualTo("14");
        assertThat(e.attr("other")).isEmpty();
        assertThat(e.has("notify")).isTrue();
        assertThat(e.describe()).isEqualTo("NOTIFY peer 203.0.113.1 {notify=14}");
    }
}
