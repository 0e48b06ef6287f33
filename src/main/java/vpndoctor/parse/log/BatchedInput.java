package vpndoctor.parse.log;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter stream whose subclass makes bytes ready in batches ({@link #fill}): buf[from, ready) is
 * what may be handed on. The reading loop lives here once; the subclasses only decide what is ready.
 */
abstract class BatchedInput extends FilterInputStream {
    protected final byte[] buf;
    protected int from, ready;
    protected boolean eof;

    BatchedInput(InputStream in, byte[] buf) {
        super(in);
        this.buf = buf;
    }

    /** Makes more bytes ready in buf[from, ready), or sets eof. */
    protected abstract void fill() throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (from == ready) {
            if (eof) return -1;
            fill();
        }
        int n = Math.min(len, ready - from);
        System.arraycopy(buf, from, b, off, n);
        from += n;
        return n;
    }

    @Override
    public int available() {
        return ready - from;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
