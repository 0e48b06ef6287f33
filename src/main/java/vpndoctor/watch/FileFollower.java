package vpndoctor.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * Follows a file by name like {@code tail -F}: reads what is appended; when the name points to a new
 * file (rotation by rename) it reads the old one to its end, then the new one from its start; when
 * the file shrinks (truncation, copytruncate) it starts again from the beginning; a missing file is
 * waited for. {@link #poll()} reads what is there now and returns; the caller loops.
 */
public final class FileFollower implements AutoCloseable {
    private static final int MAX_LINE = 65_536;

    private final Path path;
    private final boolean fromStart;
    private final LineHandler out;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    private byte[] partial = new byte[0];
    private FileChannel ch;
    private Object fileKey;
    private long pos;
    private boolean first = true;
    private long rotations, truncations;

    /** fromStart: read what the file already holds (else only what is appended after the first poll). */
    public FileFollower(Path path, boolean fromStart, LineHandler out) {
        this.path = Objects.requireNonNull(path);
        this.fromStart = fromStart;
        this.out = Objects.requireNonNull(out);
    }

    public long rotations() { return rotations; }
    public long truncations() { return truncations; }

    /** Opens the file now (when it exists), so "only what is appended" means after this call. */
    public FileFollower begin() throws IOException {
        if (ch == null) open();
        return this;
    }

    /** Reads whatever is new; returns the number of bytes read. */
    public long poll() throws IOException {
        long read = 0;
        if (ch == null && !open()) return 0;
        BasicFileAttributes now = attrs();
        if (now != null && fileKey != null && now.fileKey() != null && !now.fileKey().equals(fileKey)) {
            read += drain(); // rotated: the rest of the old file, then the new one from its start
            endPartial();
            ch.close();
            ch = null;
            rotations++;
            if (!open()) return read;
            pos = 0;
            ch.position(0);
        } else if (now != null && now.size() < pos) {
            truncations++;
            partial = new byte[0];
            pos = 0;
            ch.position(0);
        }
        return read + drain();
    }

    private boolean open() throws IOException {
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        BasicFileAttributes a = attrs();
        fileKey = a == null ? null : a.fileKey();
        pos = first && !fromStart ? ch.size() : 0;
        first = false;
        ch.position(pos);
        return true;
    }

    private BasicFileAttributes attrs() {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private long drain() throws IOException {
        long total = 0;
        int n;
        while ((n = ch.read(buf.clear())) > 0) {
            total += n;
            pos += n;
            split(buf.array(), n);
        }
        return total;
    }

    private void split(byte[] b, int n) {
        Instant rx = Instant.now();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] != '\n') continue;
            int len = i - start;
            String line;
            if (partial.length > 0) {
                byte[] all = new byte[partial.length + len];
                System.arraycopy(partial, 0, all, 0, partial.length);
                System.arraycopy(b, start, all, partial.length, len);
                partial = new byte[0];
                line = decode(all, 0, all.length);
            } else {
                line = decode(b, start, len);
            }
            out.line(path.toString(), line, rx);
            start = i + 1;
        }
        if (start < n) {
            int len = n - start;
            if (partial.length + len > MAX_LINE) partial = new byte[0]; // a runaway line: dropped
            else {
                byte[] p = new byte[partial.length + len];
                System.arraycopy(partial, 0, p, 0, partial.length);
                System.arraycopy(b, start, p, partial.length, len);
                partial = p;
            }
        }
    }

    /** A last line without its newline, at rotation. */
    private void endPartial() {
        if (partial.length > 0) out.line(path.toString(), decode(partial, 0, partial.length), Instant.now());
        partial = new byte[0];
    }

    private static String decode(byte[] b, int off, int len) {
        if (len > 0 && b[off + len - 1] == '\r') len--;
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    @Override public void close() throws IOException {
        if (ch != null) ch.close();
    }
}
