package vpndoctor.parse.log;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A compressed stream that may end before its end (a .gz copied while it was written, or cut by a
 * full disk): the decompressor's "unexpected end" becomes the end of input, and the bytes after the
 * last complete line are held back, so only complete lines are read. {@link LogIngest} reports the
 * cut and the incomplete line it dropped.
 */
public final class CutShortInput extends BatchedInput {
    /** buf[from, ready) may be passed on; buf[ready, end) is the start of a line whose end is not yet read. */
    private int end;
    private boolean cut;
    private int droppedBytes;

    public CutShortInput(InputStream compressed) {
        super(compressed, new byte[1 << 16]);
    }

    /** True when the stream ended early. */
    public boolean cut() { return cut; }

    /** Bytes of the incomplete last line dropped at the cut (0 when the cut fell on a line end). */
    public int droppedBytes() { return droppedBytes; }

    /** Reads more; makes the bytes up to the last line break ready (all of them at a clean end). */
    @Override
    protected void fill() throws IOException {
        if (from > 0) { // keep the held-back tail at the front
            System.arraycopy(buf, from, buf, 0, end - from);
            end -= from;
            ready -= from;
            from = 0;
        }
        int n;
        try {
            n = end == buf.length ? 0 : in.read(buf, end, buf.length - end);
        } catch (EOFException e) { // "Unexpected end of ZLIB input stream": the file was cut
            cut = true;
            eof = true;
            droppedBytes = end - ready;
            end = ready;
            return;
        }
        if (n < 0) {
            eof = true;
            ready = end; // a clean end: the last line is complete even without a line break
            return;
        }
        end += n;
        int last = end - 1;
        while (last >= ready && buf[last] != '\n' && buf[last] != '\r') last--;
        if (last >= ready) ready = last + 1;
        else if (end == buf.length) ready = end; // a line longer than the buffer: pass it on, the reader caps it
    }
}
