package vpndoctor.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The texts of sample lines, kept in a temporary file instead of the heap: an {@link Origin} made
 * here holds where its text lies (about 40 bytes) instead of the text (about 270 bytes for a syslog
 * line), and reads it back when asked. A million sample lines of a 100k-tunnel log otherwise fill
 * most of a 256 MB heap (issue 14). Works for any input (stdin, decompressed, live lines of
 * watch/monitor), since the text written is the text the Origin was made with: nothing depends on
 * the input staying where it was.
 *
 * <p>The first {@link #DEFAULT_HEAP_BYTES} of text stay on the heap, so a small input opens no file.
 * The file is deleted as soon as it is open (on POSIX it lives until the channel closes, even
 * when the process is killed), else at exit; the channel is closed once no Origin of this store is
 * reachable. When no temporary file can be made, texts stay on the heap. Thread-safe.
 */
public final class SampleTexts {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int BUFFER = 1 << 16;
    /** Handle layout: offset << 20 | utf16 << 19 | byte length. */
    private static final int LEN_BITS = 19;
    private static final long MAX_LEN = (1L << LEN_BITS) - 1; // > BUFFER, the longest text kept in the file

    /** How many bytes of text a store keeps on the heap before it opens its file: a small input never makes one. */
    public static final long DEFAULT_HEAP_BYTES = 2L << 20;

    /** LogEvent's table of the namings its events of this store share (kept here: it goes when the store goes). */
    final Object[] namings = new Object[1024];
    private long heapLeft;
    /** Null until the heap allowance is spent; then the file, unless it could not be made ({@link #noFile}). */
    private Channel channel;
    private boolean noFile;
    private byte[] buf;
    private int buffered;
    /** File offset of buf[0]: everything before it is written to the file. */
    private long flushed;

    /** The channel, apart from this store so the cleaner may close it once the store is unreachable. */
    private record Channel(FileChannel ch) implements Runnable {
        @Override public void run() {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing a deleted temporary file: nothing to keep
            }
        }
    }

    /** A store with the default heap allowance ({@code -Dvpndoctor.sampleHeapBytes=N} sets another; 0 sends every text to the file). */
    public SampleTexts() {
        this(Long.getLong("vpndoctor.sampleHeapBytes", DEFAULT_HEAP_BYTES));
    }

    /** A store that keeps the first {@code heapBytes} bytes of text on the heap (0: every text goes to the file). */
    public SampleTexts(long heapBytes) {
        this.heapLeft = heapBytes;
    }

    /** Whether texts go to a file now (false: on the heap, by allowance or because no file could be made). */
    public synchronized boolean spills() {
        return channel != null;
    }

    /** Whether a text of n bytes goes to the file; opens it once the heap allowance is spent. */
    private boolean toFile(long n) {
        if (channel != null) return true;
        if (noFile || n > BUFFER) return false;
        if (heapLeft > 0) {
            heapLeft -= n;
            return false;
        }
        try {
            Path file = Files.createTempFile("vpndoctor-samples", ".txt");
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                Files.delete(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit(); // a platform that cannot delete an open file
            }
            channel = new Channel(ch);
            buf = new byte[BUFFER];
            CLEANER.register(this, channel);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            noFile = true; // no temporary file: texts stay on the heap
            return false;
        }
    }

    /** An origin whose text is kept here. */
    public Origin origin(String source, int line, String text) {
        if (text == null) return new Origin(source, line, text);
        int n = text.length();
        synchronized (this) {
            if (!toFile(n)) return new Origin(source, line, text);
            boolean latin1 = true;
            for (int i = 0; i < n && latin1; i++) latin1 = text.charAt(i) <= 0xFF;
            int bytes = latin1 ? n : 2 * n;
            if (bytes > BUFFER) return new Origin(source, line, text);
            long at = reserve(bytes);
            int p = (int) (at - flushed);
            if (latin1) {
                text.getBytes(0, n, buf, p); // deprecated for its lossy cut, exact for chars <= 0xFF
            } else {
                for (int i = 0; i < n; i++) {
                    char c = text.charAt(i);
                    buf[p + 2 * i] = (byte) (c >>> 8);
                    buf[p + 2 * i + 1] = (byte) c;
                }
            }
            return new Origin(source, line, this, at << 20 | (latin1 ? 0 : 1L << LEN_BITS) | bytes);
        }
    }

    /** An origin whose text is the ISO-8859-1 bytes b[off, off + len), kept here without making the String. */
    public Origin origin(String source, int line, byte[] b, int off, int len) {
        synchronized (this) {
            if (toFile(len)) {
                long at = reserve(len);
                System.arraycopy(b, off, buf, (int) (at - flushed), len);
                return new Origin(source, line, this, at << 20 | len);
            }
        }
        return new Origin(source, line, new String(b, off, len, StandardCharsets.ISO_8859_1));
    }

    /** Room for n <= BUFFER bytes in the buffer (a text never straddles a flush); returns their file offset. */
    private long reserve(int n) {
        if (buffered + n > buf.length) flush();
        long at = flushed + buffered;
        buffered += n;
        return at;
    }

    private void flush() {
        try {
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, buffered);
            long pos = flushed;
            while (bb.hasRemaining()) pos += channel.ch().write(bb, pos);
            flushed = pos;
            buffered = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep sample lines in a temporary file", e);
        }
    }

    /** The sources of origins made here, numbered for events that keep their samples packed. */
    private final java.util.List<String> sources = new java.util.ArrayList<>();
    private final java.util.Map<String, Integer> sourceNumbers = new java.util.HashMap<>();
    private String lastSource;
    private int lastSourceNumber;

    synchronized int sourceNumber(String source) {
        if (source == lastSource) return lastSourceNumber;
        Integer n = sourceNumbers.get(source);
        if (n == null) {
            n = sources.size();
            sources.add(source);
            sourceNumbers.put(source, n);
        }
        lastSource = source;
        lastSourceNumber = n;
        return n;
    }

    synchronized String source(int number) {
        return sources.get(number);
    }

    /** Bytes of the direct buffer sample lines are read back through (a longer line is read into its own array). */
    private static final int READ_BUFFER = 8192;
    /** Made on the first read from the file; used under this store's lock. */
    private ByteBuffer readBuffer;
    private long fileReads;

    /** The text of an origin made here. */
    String text(long handle) {
        int len = (int) (handle & MAX_LEN);
        synchronized (this) {
            byte[] b = bytes(handle);
            int from = from(handle);
            // the String is made under the lock: b may be the store's buffer or its scratch array
            // (one copy per text read back, not two: the 100k-tunnel run reads a million texts)
            if (!utf16(handle)) return new String(b, from, len, StandardCharsets.ISO_8859_1);
            char[] c = new char[len / 2];
            for (int i = 0; i < c.length; i++) c[i] = (char) ((b[from + 2 * i] & 0xFF) << 8 | b[from + 2 * i + 1] & 0xFF);
            return new String(c);
        }
    }

    /**
     * Which of the lowered phrases (as {@link CaselessLatin1#pattern}s) the text of an origin made here contains,
     * ignoring case: bit i for phrase i; -1 for a UTF-16 text, which the caller answers from its String. Searched
     * in place, under the lock: no String, no lower-case copy (LogEvent.says).
     */
    int found(long handle, CaselessLatin1.Pattern[] patterns) {
        if (utf16(handle)) return -1;
        int len = (int) (handle & MAX_LEN);
        int yes = 0;
        synchronized (this) {
            byte[] b = bytes(handle);
            int from = from(handle);
            for (int i = 0; i < patterns.length; i++) if (CaselessLatin1.contains(b, from, len, patterns[i])) yes |= 1 << i;
        }
        return yes;
    }

    /**
     * {@link #found} for a text still in the write buffer (kept a moment ago, as a line is filed): answered without a
     * read; -1 when its bytes are written to the file already, or it is UTF-16, or no phrase is given.
     */
    int foundBuffered(long handle, CaselessLatin1.Pattern[] patterns) {
        if (patterns.length == 0 || utf16(handle)) return -1;
        int len = (int) (handle & MAX_LEN);
        int yes = 0;
        synchronized (this) {
            long at = handle >>> 20;
            if (at < flushed) return -1;
            int from = (int) (at - flushed);
            for (int i = 0; i < patterns.length; i++) if (CaselessLatin1.contains(buf, from, len, patterns[i])) yes |= 1 << i;
        }
        return yes;
    }

    /** How many texts were read back from the file so far (tests: which questions need no read). */
    public synchronized long fileReads() {
        return fileReads;
    }

    private static boolean utf16(long handle) {
        return (handle & (1L << LEN_BITS)) != 0;
    }

    /** Where the text of {@code handle} starts in the array {@link #bytes} gives for it; under this store's lock. */
    private int from(long handle) {
        long at = handle >>> 20;
        return at >= flushed ? (int) (at - flushed) : 0;
    }

    /**
     * The array the bytes of {@code handle}'s text lie in, at {@link #from}: the write buffer when they are not yet
     * flushed, else read back from the file into the scratch array (a longer text into its own). Under this store's lock.
     */
    private byte[] bytes(long handle) {
        long at = handle >>> 20;
        int len = (int) (handle & MAX_LEN);
        if (at >= flushed) return buf;
        fileReads++;
        try {
            // a read into a heap buffer goes through a temporary direct one the JDK looks up per call
            // (a few % of the rule phase of 1M lines x 100k tunnels): read into the store's own
            if (readBuffer == null) readBuffer = ByteBuffer.allocateDirect(READ_BUFFER);
            byte[] b = len <= READ_BUFFER ? scratch() : new byte[len];
            ByteBuffer bb = len <= READ_BUFFER ? readBuffer.clear().limit(len) : ByteBuffer.wrap(b);
            long pos = at;
            while (bb.hasRemaining()) {
                int r = channel.ch().read(bb, pos);
                if (r < 0) throw new IOException("temporary file of sample lines ends early");
                pos += r;
            }
            if (bb == readBuffer) readBuffer.flip().get(b, 0, len);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sample line back from its temporary file", e);
        }
    }

    /** The array a text read back from the file is copied into before its String is made; used under this store's lock. */
    private byte[] scratch;

    private byte[] scratch() {
        if (scratch == null) scratch = new byte[READ_BUFFER];
        return scratch;
    }
}
