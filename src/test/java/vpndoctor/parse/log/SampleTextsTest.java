package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.SampleTexts;
import vpndoctor.model.SharedValues;

/**
 * Sample line texts kept in a temporary file (issue 14): an Origin made by a store past its heap
 * allowance holds no text, and gives back exactly the text it was made with. (Not in package
 * vpndoctor.model: the fact model reference lists every class found there.)
 */
class SampleTextsTest {
    @Test
    void textsComeBackExactlyAndAreNotHeldOnTheHeap() {
        SampleTexts texts = new SampleTexts(0);
        String[] cases = {
            "Nov 26 00:00:01 asa-hq %ASA-5-713119: Group = 1.2.3.4, IP = 1.2.3.4, PHASE 1 COMPLETED",
            "", "caf\u00e9 \u00ff latin-1", "\u4e2d\u6587 and \ud83d\ude00", "lone \ud800 surrogate \udfff",
            "x".repeat(65536), "\u00e9".repeat(40000), "\u20ac".repeat(20000), "\u20ac".repeat(40000),
        };
        List<Origin> made = new ArrayList<>();
        for (int round = 0; round < 40; round++) { // past several buffer flushes
            for (int i = 0; i < cases.length; i++) made.add(texts.origin("a.log", round * 100 + i, cases[i]));
        }
        assertThat(texts.spills()).isTrue();
        for (int k = 0; k < made.size(); k++) {
            Origin o = made.get(k);
            String want = cases[k % cases.length];
            assertThat(o.getText()).isEqualTo(want);
            assertThat(o).isEqualTo(new Origin("a.log", (k / cases.length) * 100 + k % cases.length, want));
            assertThat(o.hashCode()).isEqualTo(new Origin("a.log", o.getLine(), want).hashCode());
            // only a text longer than the file's buffer (here 40000 two-byte chars) stays on the heap
            assertThat(o.holdsText()).isEqualTo(want.length() * (want.chars().allMatch(c -> c <= 0xFF) ? 1 : 2) > 65536);
        }
        byte[] line = "Nov 26 00:00:02 asa-hq %ASA-6-302013: Built outbound TCP".getBytes(StandardCharsets.ISO_8859_1);
        Origin fromBytes = texts.origin("b.log", 7, line, 4, line.length - 4);
        assertThat(fromBytes.holdsText()).isFalse();
        assertThat(fromBytes.getText()).isEqualTo(new String(line, 4, line.length - 4, StandardCharsets.ISO_8859_1));
        assertThat(fromBytes.where()).isEqualTo("b.log:7");
    }

    @Test
    void aSmallInputStaysOnTheHeapWithinTheAllowance() {
        SampleTexts texts = new SampleTexts(1000);
        Origin first = texts.origin("a.log", 1, "a".repeat(600));
        Origin second = texts.origin("a.log", 2, "b".repeat(600)); // the allowance is spent by this one
        Origin third = texts.origin("a.log", 3, "c".repeat(600));
        assertThat(first.holdsText()).isTrue();
        assertThat(second.holdsText()).isTrue();
        assertThat(third.holdsText()).isFalse();
        assertThat(third.getText()).isEqualTo("c".repeat(600));
    }

    @Test
    void saysSeesASampleAddedAfterItAnswered() {
        SampleTexts texts = new SampleTexts(0);
        LogEvent e = new LogEvent("e1", "IKE_TRACE", Platform.ASA, "1.2.3.4", null, Map.of(),
                texts.origin("a.log", 1, "IP = 1.2.3.4, Removing peer from peer table failed"), null, 1);
        assertThat(e.says("removing PEER from peer table")).isTrue();
        assertThat(e.says("Removing peer from correlator table failed")).isFalse();
        e.addOccurrence(texts.origin("a.log", 2, "IP = 1.2.3.4, Removing peer from correlator table failed, no match!"), null, 2);
        assertThat(e.says("Removing peer from correlator table failed")).isTrue();
        assertThat(e.says("removing peer from PEER table")).isTrue();
        e.addContext(texts.origin("a.log", 3, "IKE Peer address not configured for destination 0.0.0.0"));
        assertThat(e.says("ike peer address not configured")).isTrue();
        assertThat(e.withPeer("5.6.7.8").says("IKE PEER ADDRESS")).isTrue();
        assertThat(e.says("not in any sample")).isFalse();
    }

    @Test
    void eventIdsAreTheirNumbersAndOthersAreKeptAsGiven() {
        Origin o = new Origin("a.log", 1, "x");
        LogEvent numbered = new LogEvent(42, "K", Platform.ASA, "p", null, Map.of(), new SharedValues(), o, null, 1);
        assertThat(numbered.getId()).isEqualTo("e42");
        assertThat(numbered.toString()).isEqualTo("e42 K peer p"); // derived facts name their event by it in explanations
        for (String id : new String[] {"e1", "e007", "x3", "e", "e12a", "e99999999999", "u1"}) {
            assertThat(new LogEvent(id, "K", Platform.ASA, "p", null, Map.of(), o, null, 1).getId()).isEqualTo(id);
        }
    }
}
