package vpndoctor.parse.log;

import java.io.IOException;
import java.io.InputStream;

/**
 * UTF-16 input re-encoded as UTF-8, so it takes the same line reader as every other source. A file
 * that is UTF-16 at first and UTF-8 later (a UTF-16 capture with lines appended by another tool) is
 * noticed where the code units stop looking like UTF-16 ({@value #SWITCH} in a row whose both bytes
 * are plain ASCII, never the case for text in Latin script): from there the bytes pass unchanged,
 * and {@link LogIngest} says at which line the encoding changed.
 */
final class Utf16Input extends BatchedInput {
    static final int SWITCH = 8;

    private final boolean bigEndian;
    private final byte[] in2 = new byte[1 << 15];
    private int inPos, inLen;
    /** Suspicious code units held back until it is clear whether the encoding changed. */
    private final byte[] held = new byte[SWITCH * 2];
    private int heldLen;
    private int pendingHigh = -1;
    private boolean switched;
    private long lineBreaks;
    private long switchedAfterLines = -1;

    Utf16Input(InputStream in, boolean bigEndian) {
        super(in, new byte[(1 << 15) * 2 + 16]);
        this.bigEndian = bigEndian;
    }

    /** Complete lines before the switch to UTF-8, or -1 when the whole input was UTF-16. */
    long switchedAfterLines() { return switchedAfterLines; }

    @Override
    protected void fill() throws IOException {
        from = ready = 0;
        if (inPos > 0) {
            System.arraycopy(in2, inPos, in2, 0, inLen - inPos);
            inLen -= inPos;
            inPos = 0;
        }
        int n = in.read(in2, inLen, in2.length - inLen);
        if (n < 0) {
            eof = true;
            flushHeld();
            if (inLen > inPos) emitRaw(in2, inPos, inLen - inPos); // an odd last byte
            inPos = inLen;
            return;
        }
        inLen += n;
        if (switched) {
            emitRaw(in2, inPos, inLen - inPos);
            inPos = inLen;
            return;
        }
        while (inPos + 1 < inLen && !switched) {
            int b0 = in2[inPos] & 0xFF, b1 = in2[inPos + 1] & 0xFF;
            int hi = bigEndian ? b0 : b1, lo = bigEndian ? b1 : b0;
            if (ascii(hi) && ascii(lo)) {
                held[heldLen++] = in2[inPos];
                held[heldLen++] = in2[inPos + 1];
                inPos += 2;
                if (heldLen == held.length) {
                    switched = true;
                    switchedAfterLines = lineBreaks;
                    emitRaw(held, 0, heldLen);
                    heldLen = 0;
                }
                continue;
            }
            flushHeld();
            unit((hi << 8) | lo);
            inPos += 2;
        }
        if (switched) {
            emitRaw(in2, inPos, inLen - inPos);
            inPos = inLen;
        }
    }

    private static boolean ascii(int b) {
        return b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t';
    }

    /** Held units turned out to be UTF-16 after all (fewer than SWITCH in a row): decode them. */
    private void flushHeld() {
        for (int i = 0; i + 1 < heldLen; i += 2) {
            int b0 = held[i] & 0xFF, b1 = held[i + 1] & 0xFF;
            unit(bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0);
        }
        heldLen = 0;
    }

    private void unit(int u) {
        if (u >= 0xD800 && u <= 0xDBFF) { pendingHigh = u; return; }
        int cp = u;
        if (u >= 0xDC00 && u <= 0xDFFF) {
            if (pendingHigh < 0) { cp = 0xFFFD; } else { cp = 0x10000 + ((pendingHigh - 0xD800) << 10) + (u - 0xDC00); }
        } else if (pendingHigh >= 0) {
            emit(0xFFFD);
        }
        pendingHigh = -1;
        emit(cp);
    }

    private void emit(int cp) {
        if (cp == '\n') lineBreaks++;
        if (cp < 0x80) {
            buf[ready++] = (byte) cp;
        } else if (cp < 0x800) {
            buf[ready++] = (byte) (0xC0 | cp >> 6);
            buf[ready++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            buf[ready++] = (byte) (0xE0 | cp >> 12);
            buf[ready++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[ready++] = (byte) (0x80 | cp & 0x3F);
        } else {
            buf[ready++] = (byte) (0xF0 | cp >> 18);
            buf[ready++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[ready++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[ready++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void emitRaw(byte[] b, int off, int len) {
        if (ready + len > buf.length) throw new IllegalStateException("buffer"); // cannot happen: buf holds twice in2
        System.arraycopy(b, off, buf, ready, len);
        ready += len;
    }
}
