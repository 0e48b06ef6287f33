package vpndoctor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The report's way to standard output when this process owns it (started by {@link Main#main}): chars
 * encoded straight into a 1 MB byte buffer, written to {@code System.out} one buffer at a time. Picocli's
 * out is a PrintWriter over a BufferedWriter over an OutputStreamWriter, whose encoder writes every 8 KB
 * (57k write calls for the 100k-tunnel JSON Lines report, issue 14). The bytes are those picocli's out
 * writes: the same charset ({@code sun.stdout.encoding}, else the default, as picocli chooses it) and
 * the same encoder rules as OutputStreamWriter (malformed and unmappable chars replaced; a surrogate pair
 * split between two writes encoded as one char): StdoutBytesTest. Errors stay where they were: System.out
 * records them and {@link ErrorHandler#checkStdout} reports them (exit 5).
 */
final class StdoutBytes extends Writer {
    private static final int BUFFER = 1 << 20;
    /** Set by {@link Main#main}: tests run commands with a picocli out of their own, which this must not bypass. */
    private static volatile boolean owned;

    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    /** A high surrogate that ended the last write, waiting for its pair (0: none). */
    private char pending;

    StdoutBytes(OutputStream out, Charset charset) {
        this.out = out;
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** This process's standard output is the report's: called by {@link Main#main} only. */
    static void claim() {
        owned = true;
    }

    /**
     * A writer of standard output with the large buffer when this process owns it and {@code picocli}'s
     * out is its default one (flushed first, so nothing written before is overtaken), else null: write to
     * picocli's out as before.
     */
    static Writer open(PrintWriter picocli) {
        if (!owned) return null;
        picocli.flush();
        return new StdoutBytes(System.out, charset());
    }

    /** The charset picocli gives its default out (CommandLine.getStdoutEncoding in picocli 4.7). */
    static Charset charset() {
        String name = System.getProperty("sun.stdout.encoding");
        if (name == null) return Charset.defaultCharset();
        if (name.equalsIgnoreCase("cp65001")) name = "UTF-8";
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    @Override public void write(char[] c, int off, int len) throws IOException {
        if (len <= 0) return;
        if (pending != 0) {
            // the pending char and the next one, encoded together as OutputStreamWriter's leftover char is
            CharBuffer two = CharBuffer.wrap(new char[] {pending, c[off]});
            pending = 0;
            encode(two);
            int used = two.position() - 1; // of c: 1 when they made a pair, 0 when the pending char was replaced alone
            off += used;
            len -= used;
            if (len == 0) return;
        }
        CharBuffer cb = CharBuffer.wrap(c, off, len);
        encode(cb);
        if (cb.remaining() == 1) pending = cb.get();
    }

    /** Encodes cb into the buffer, writing it out whenever it is full; leaves at most a high surrogate unread. */
    private void encode(CharBuffer cb) throws IOException {
        while (true) {
            CoderResult r = encoder.encode(cb, bytes, false);
            if (r.isOverflow()) {
                drain();
                continue;
            }
            if (r.isUnderflow()) return;
            r.throwException();
        }
    }

    @Override public void write(String s, int off, int len) throws IOException {
        char[] c = new char[Math.min(len, 8192)];
        for (int i = 0; i < len; i += c.length) {
            int n = Math.min(c.length, len - i);
            s.getChars(off + i, off + i + n, c, 0);
            write(c, 0, n);
        }
    }

    @Override public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    private void drain() throws IOException {
        if (bytes.position() > 0) out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    /** Writes what is buffered and flushes standard output (a pending high surrogate waits, as in OutputStreamWriter). */
    @Override public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes; standard output itself stays open. */
    @Override public void close() throws IOException {
        flush();
    }
}
