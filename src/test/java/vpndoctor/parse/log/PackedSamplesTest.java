package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.SampleTexts;

/**
 * A LogEvent keeps its first spilled sample in two fields and its further ones in an array, and its
 * id, device and tunnel in one shared field (issue 14: 540k events): against the plain model (a list
 * of the first five origins, three names), every answer must be the same, whatever mix of held and
 * spilled samples an event meets. (Not in package vpndoctor.model: the fact model reference lists
 * every class found there.)
 */
class PackedSamplesTest {
    private static final String[] LINES = {"Group = 1.2.3.4, IP = 1.2.3.4, PHASE 1 COMPLETED", "caf\u00e9 removing peer from correlator table failed",
        "\u4e2d\u6587 Built outbound", "", "IKE Peer address not configured for destination 0.0.0.0"};
    private static final String[] PHRASES = {"PHASE 1 COMPLETED", "removing peer from correlator table failed", "built OUTBOUND", "absent phrase"};

    @Test
    void samplesReadAsThePlainListWhereverTheyLie() {
        Random r = new Random(14);
        for (int round = 0; round < 3000; round++) {
            // stores: all spilled, all held, spilling after a few texts; origins may come from a second store
            SampleTexts a = new SampleTexts(r.nextInt(3) == 0 ? Long.MAX_VALUE : r.nextInt(3) == 0 ? 0 : r.nextInt(200));
            SampleTexts b = new SampleTexts(r.nextInt(2) == 0 ? 0 : Long.MAX_VALUE);
            List<Origin> plain = new ArrayList<>();
            int occurrences = 1 + r.nextInt(8);
            Origin first = origin(r, a, b, 1);
            plain.add(first);
            LogEvent e = new LogEvent(round + 1, "P1_COMPLETED", Platform.ASA, "1.2.3.4", null, Map.of("group", "g"),
                    new vpndoctor.model.SharedValues(), first, "t1", 1);
            int count = 1;
            for (int k = 2; k <= occurrences; k++) {
                Origin o = origin(r, a, b, k);
                if (r.nextInt(4) == 0) {
                    boolean known = plain.contains(o);
                    e.addContext(o);
                    if (plain.size() < LogEvent.MAX_SAMPLES && !known) plain.add(o);
                } else {
                    e.addOccurrence(o, "t" + k, k);
                    count++;
                    if (plain.size() < LogEvent.MAX_SAMPLES) plain.add(o);
                }
                if (r.nextInt(3) == 0) assertSame(e, plain, count); // says() learnt between samples
            }
            assertSame(e, plain, count);
            LogEvent copy = e.withPeer("5.6.7.8");
            assertSame(copy, plain, count);
            assertThat(copy.getPeer()).isEqualTo("5.6.7.8");
            assertThat(e.getPeer()).isEqualTo("1.2.3.4");
            for (LogEvent x : List.of(e, copy)) {
                assertThat(x.getKind()).isEqualTo("P1_COMPLETED");
                assertThat(x.getPlatform()).isEqualTo(Platform.ASA);
                assertThat(x.getId()).isEqualTo("e" + (round + 1));
            }
        }
    }

    private static Origin origin(Random r, SampleTexts a, SampleTexts b, int line) {
        String text = LINES[r.nextInt(LINES.length)] + (r.nextBoolean() ? "" : " " + r.nextInt(100));
        String source = r.nextInt(5) == 0 ? "b.log" : "a.log";
        return switch (r.nextInt(8)) {
            case 0 -> new Origin(source, line, text);
            case 1 -> b.origin(source, line, text);
            default -> a.origin(source, line, text);
        };
    }

    private static void assertSame(LogEvent e, List<Origin> plain, int count) {
        assertThat(e.getOrigins()).containsExactlyElementsOf(plain);
        assertThat(e.sampleCount()).isEqualTo(plain.size());
        assertThat(e.getOrigin()).isEqualTo(plain.get(0));
        assertThat(e.getCount()).isEqualTo(count);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(e.getOrigins().get(i).getText()).isEqualTo(plain.get(i).getText());
            assertThat(e.getOrigins().get(i).where()).isEqualTo(plain.get(i).where());
            // the by-index reads the shape memo's key uses: the same source and line without the list
            assertThat(e.sampleSource(i)).isEqualTo(plain.get(i).getSource());
            assertThat(e.sampleLine(i)).isEqualTo(plain.get(i).getLine());
        }
        for (String p : PHRASES) {
            String lower = p.toLowerCase(java.util.Locale.ROOT);
            boolean want = plain.stream().anyMatch(o -> o.getText().toLowerCase(java.util.Locale.ROOT).contains(lower));
            assertThat(e.says(p)).as("%s says %s", plain, p).isEqualTo(want);
        }
    }

    @Test
    void idDeviceAndTunnelReadAsGiven() {
        Origin o = new Origin("a.log", 1, "x");
        for (Platform platform : new Platform[] {Platform.ASA, null, Platform.IOS})
        for (String local : new String[] {null, "192.0.2.1", "192.0.2.2"})
        for (String id : new String[] {"e7", "x1", "e07", "e", null, "e2147483647", "e12345678901"}) {
            for (String device : new String[] {null, "asa-hq", "asa-br"}) {
                for (String tunnel : new String[] {null, "1.2.3.4@asa-hq"}) {
                    LogEvent e = new LogEvent(id, "P1_COMPLETED", platform, "1.2.3.4", local, Map.of(), o, "t", 1);
                    Platform plainPlatform = platform == null ? Platform.UNKNOWN : platform;
                    String plainId = id == null ? "e0" : id;
                    assertThat(e.getId()).isEqualTo(plainId);
                    assertThat(e.getDevice()).isNull();
                    if (device != null) e.onDevice(device);
                    if (tunnel != null) e.nameTunnel(tunnel);
                    assertThat(e.getId()).isEqualTo(plainId);
                    assertThat(e.getDevice()).isEqualTo(device);
                    assertThat(e.getTunnel()).isEqualTo(tunnel != null ? tunnel : "1.2.3.4");
                    assertThat(e.describe()).isEqualTo("P1_COMPLETED peer 1.2.3.4" + (tunnel == null ? "" : " on " + device));
                    if (device != null) {
                        e.onDevice(device); // the same device again: allowed
                        assertThatThrownBy(() -> e.onDevice("other")).isInstanceOf(IllegalStateException.class);
                        assertThat(e.getDevice()).isEqualTo(device);
                    }
                    e.nameTunnel(null);
                    assertThat(e.getTunnel()).isEqualTo("1.2.3.4");
                    assertThat(e.getId()).isEqualTo(plainId);
                    assertThat(e.getDevice()).isEqualTo(device);
                    LogEvent copy = e.withPeer("5.6.7.8");
                    assertThat(copy.getId()).isEqualTo(plainId);
                    assertThat(copy.getDevice()).isEqualTo(device);
                    assertThat(copy.getTunnel()).isEqualTo("5.6.7.8");
                    for (LogEvent x : List.of(e, copy)) {
                        assertThat(x.getPlatform()).isEqualTo(plainPlatform);
                        assertThat(x.getLocal()).isEqualTo(local);
                        assertThat(x.getKind()).isEqualTo("P1_COMPLETED");
                    }
                }
            }
        }
    }
}
