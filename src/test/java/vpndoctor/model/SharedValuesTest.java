package vpndoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SharedValues gives one instance per distinct value: an equal string (or attribute map) made later
 * gets the first instance, a different one is never given another's, across table growth (the
 * per-slot tags that let a probe skip other strings are moved with them).
 */
class SharedValuesTest {
    @Test
    void equalStringsShareTheFirstInstanceAndDifferentOnesStayApart() {
        SharedValues shared = new SharedValues();
        List<String> first = new ArrayList<>();
        // addresses that differ in their last characters, times and short words: many equal low hash bits (tags)
        for (int i = 0; i < 150_000; i++) {
            String s = i % 3 == 0 ? "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255)
                    : i % 3 == 1 ? "Nov 26 " + (i / 3600 % 24) + ":" + (i / 60 % 60) + ":" + (i % 60) + "." + i : "w" + i;
            assertThat(shared.string(s)).isSameAs(s);
            first.add(s);
        }
        for (int i = 0; i < first.size(); i++) {
            String copy = new String(first.get(i).toCharArray());
            assertThat(shared.string(copy)).as(copy).isSameAs(first.get(i));
        }
        String longer = "x".repeat(SharedValues.MAX_LENGTH + 1);
        assertThat(shared.string(longer)).isSameAs(longer);
        assertThat(shared.string(null)).isNull();
    }

    @Test
    void equalAttributeMapsShareOneInstance() {
        SharedValues shared = new SharedValues();
        List<Map<String, String>> first = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("group", "10.0." + (i >> 8) + "." + (i & 255));
            if (i % 2 == 0) m.put("step", "packet sent");
            first.add(shared.attrs(m));
        }
        for (int i = 0; i < first.size(); i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("group", "10.0." + (i >> 8) + "." + (i & 255));
            if (i % 2 == 0) m.put("step", "packet sent");
            assertThat(shared.attrs(m)).isSameAs(first.get(i)).isEqualTo(m);
        }
    }
}
