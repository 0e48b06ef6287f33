package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Msg.tail cuts the trimmed tail in one step: the same text as substring(from).trim(), for both copies. */
class MsgTailTest {
    private static final char[] CHARS = {' ', '\t', '\u0000', '\u001f', '\u00a0', '\u2003', 'a', 'Z', ':', '0', 'é', 'İ', '\uD83D', '\uDE00', '\n'};

    @Test
    void tailIsTheTrimmedSubstring() {
        Random r = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) b.append(CHARS[r.nextInt(CHARS.length)]);
            String text = b.toString();
            int from = r.nextInt(text.length() + 1);
            assertThat(Msg.trimmedFrom(text, from)).as("'%s' from %d", text, from).isEqualTo(text.substring(from).trim());
            Msg tail = new Msg(text).tail(from);
            Msg plain = new Msg(text.substring(from).trim());
            assertThat(tail.text).isEqualTo(plain.text);
            if (text.toLowerCase(java.util.Locale.ROOT).length() == text.length()) {
                assertThat(tail.lower).isEqualTo(text.toLowerCase(java.util.Locale.ROOT).substring(from).trim());
            } else {
                assertThat(tail.lower).isEqualTo(plain.lower);
            }
        }
    }
}
