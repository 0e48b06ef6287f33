package vpndoctor.parse.log;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a UTF-8/Latin-1 byte stream into lines on CR, LF or CRLF, in fixed-size chunks, so input
 * size does not matter. Lines are handed on as bytes (most are judged without ever being decoded,
 * see {@link LineScan}); {@link LineDecoder} makes Strings of the others.
 */
final class ByteLineReader {
    private static final int CHUNK = 1 << 16;
    /** UTF-8 needs at most 4 bytes a character; beyond this the line is too long whatever it holds. */
    private static final int MAX_BYTES = LineLimits.MAX_CHARS * 4;

    private byte[] carry = new byte[256];
    private int carryLen;
    private boolean overflow;

    void read(InputStream in, ByteLineSink sink) throws IOException {
        byte[] buf = new byte[CHUNK];
        boolean skipLf = false;
        boolean pending = false; // something of an unterminated line has been seen
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = nextBreak(buf, 0, n); i < n; i = nextBreak(buf, i + 1, n)) {
                byte c = buf[i];
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

    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    /**
     * Index of the first CR or LF in buf[i, n), or n. Eight bytes at a time: a byte of x is zero
     * where the word held the sought byte, and (x - 0x01..) & ~x & 0x80.. flags the lowest zero byte
     * exactly (borrows only run upwards from it); line splitting is most of what a reader does.
     */
    static int nextBreak(byte[] buf, int i, int n) {
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(buf, i);
            long lf = w ^ LFS;
            long cr = w ^ CRS;
            long hit = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
            if (hit != 0) return i + (Long.numberOfTrailingZeros(hit) >>> 3);
        }
        for (; i < n; i++) {
            byte c = buf[i];
            if (c == '\n' || c == '\r') return i;
        }
        return n;
    }

    private void emit(byte[] buf, int from, int to, ByteLineSink sink) {
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

    private void deliver(byte[] b, int off, int len, ByteLineSink sink) {
        if (len > MAX_BYTES) sink.tooLong(); else sink.line(b, off, len);
    }
}
