package vpndoctor.parse.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a UTF-8/Latin-1 byte stream into lines on CR, LF or CRLF, in fixed-size chunks, so input
 * size does not matter. Each line is decoded on its own: pure ASCII takes a fast path, valid UTF-8
 * is decoded as such, anything else is read as Latin-1 (old devices and editors mix both in one file).
 */
final class ByteLineReader {
    private static final int CHUNK = 1 << 16;
    /** UTF-8 needs at most 4 bytes a character; beyond this the line is too long whatever it holds. */
    private static final int MAX_BYTES = LineLimits.MAX_CHARS * 4;

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] carry = new byte[256];
    private int carryLen;
    private boolean overflow;

    void read(InputStream in, LineSink sink) throws IOException {
        byte[] buf = new byte[CHUNK];
        boolean skipLf = false;
        boolean pending = false; // something of an unterminated line has been seen
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                if (c != '\n' && c != '\r') continue;
                if (c == '\n' && skipLf && i == start && !pending) { // second half of a CRLF
                    skipLf = false;
                    start = i + 1;
                    continue;
                }
                emit(buf, start, i, sink);
                pending = false;
                skipLf = c == '\r';
                start = i + 1;
            }
            if (start < n) {
                skipLf = false;
                pending = true;
                append(buf, start, n - start);
            }
        }
        if (pending) emit(buf, 0, 0, sink);
    }

    private void emit(byte[] buf, int from, int to, LineSink sink) {
        if (carryLen > 0 || overflow) {
            append(buf, from, to - from);
            if (overflow) sink.tooLong(); else deliver(carry, 0, carryLen, sink);
            carryLen = 0;
            overflow = false;
        } else {
            deliver(buf, from, to - from, sink);
        }
    }

    private void append(byte[] buf, int from, int len) {
        if (overflow || len == 0) return;
        if (carryLen + len > MAX_BYTES) { overflow = true; carryLen = 0; return; }
        if (carryLen + len > carry.length) {
            byte[] bigger = new byte[Math.max(carry.length * 2, carryLen + len)];
            System.arraycopy(carry, 0, bigger, 0, carryLen);
            carry = bigger;
        }
        System.arraycopy(buf, from, carry, carryLen, len);
        carryLen += len;
    }

    private void deliver(byte[] b, int off, int len, LineSink sink) {
        if (len > MAX_BYTES) { sink.tooLong(); return; }
        String s = decode(b, off, len);
        if (s.length() > LineLimits.MAX_CHARS) sink.tooLong(); else sink.line(s);
    }

    private String decode(byte[] b, int off, int len) {
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
