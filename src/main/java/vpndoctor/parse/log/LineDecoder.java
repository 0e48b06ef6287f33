package vpndoctor.parse.log;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line on its own: pure ASCII takes a fast path, valid UTF-8 is decoded as such,
 * anything else is read as Latin-1 (old devices and editors mix both in one file). Not thread-safe.
 */
final class LineDecoder {
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    String decode(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (b[i] < 0) return decodeNonAscii(b, off, len);
        }
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    private String decodeNonAscii(byte[] b, int off, int len) {
        try {
            utf8.reset();
            CharBuffer cb = utf8.decode(ByteBuffer.wrap(b, off, len));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
    }
}
