package vpndoctor.parse.log;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Drops NUL bytes from a UTF-8/Latin-1 stream, counting them. A file written when the system
 * crashed holds runs of NULs (blocks allocated but never written) between good lines; a run of at
 * least {@value #RUN} bytes after part of a line ends that line, so the cut line and the line
 * after the run stay apart. Shorter runs are stray bytes inside a line and are only dropped.
 * Costs one scan of each chunk for a zero byte when the stream holds none.
 */
final class NulRuns extends FilterInputStream {
    /** NULs in a row that make a run (a crash leaves whole blocks; a stray NUL inside a line is one or two). */
    static final int RUN = 16;

    private long nulBytes;
    private long runs;
    /** NULs seen since the last other byte, not yet judged (a run may span reads). */
    private long pending;
    /** The last byte passed on was part of a line (not CR or LF). */
    private boolean partial;
    /** A byte read but not yet passed on (made room for an inserted line break); -1 when none. */
    private int carry = -1;

    NulRuns(InputStream in) {
        super(in);
    }

    long nulBytes() { return nulBytes; }

    long runs() { return runs; }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            int head = 0;
            if (carry >= 0) {
                b[off] = (byte) carry;
                carry = -1;
                head = 1;
            }
            int n = head == len ? 0 : in.read(b, off + head, len - head);
            if (n < 0) {
                if (head == 0) return -1;
                n = 0;
            }
            n += head;
            if (n == 0) return 0;
            int out = filter(b, off, n);
            if (out > 0) return out;
            // all NULs: read on, a 0 would look like the end to callers that loop while read() > 0
        }
    }

    /** Compacts b[off, off+n) in place; returns the bytes left. */
    private int filter(byte[] b, int off, int n) {
        int end = off + n;
        if (pending == 0 && noZero(b, off, end)) {
            byte last = b[end - 1];
            partial = last != '\n' && last != '\r';
            return n;
        }
        int w = off;
        int i = off;
        while (i < end) {
            byte c = b[i];
            if (c == 0) {
                pending++;
                nulBytes++;
                i++;
                continue;
            }
            if (pending > 0) {
                boolean run = pending >= RUN;
                pending = 0;
                if (run) {
                    runs++;
                    if (partial && c != '\n' && c != '\r') {
                        if (w < i) {
                            b[w++] = '\n';
                        } else { // nothing was dropped from this chunk yet (the run ended in an earlier read): no room
                            carry = b[end - 1] & 0xFF; // passed on first by the next read, unjudged
                            System.arraycopy(b, i, b, i + 1, end - 1 - i);
                            b[w++] = '\n';
                            partial = false;
                            i++; // c now sits at i, the rest after it
                            if (i == end) break; // c itself was the carried byte
                        }
                    }
                }
            }
            b[w++] = c;
            partial = c != '\n' && c != '\r';
            i++;
        }
        return w - off;
    }

    /** True when b[from, to) holds no zero byte (eight bytes at a time, as {@link ByteLineReader#nextBreak}). */
    private static boolean noZero(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) ByteLineReader.LONGS.get(b, i);
            if (((w - ByteLineReader.ONES) & ~w & ByteLineReader.HIGHS) != 0) return false;
        }
        for (; i < to; i++) if (b[i] == 0) return false;
        return true;
    }
}
