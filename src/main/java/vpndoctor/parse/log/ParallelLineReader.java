package vpndoctor.parse.log;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Uses a second core for one byte source: a reader thread reads and splits lines, the calling
 * thread classifies them in order (the classifier's per-source context makes a line's meaning
 * depend on the lines before it, so that part stays sequential). {@link LineScan}, most of the
 * work and independent per line, is shared: the reader scans every other batch, the caller the
 * others before classifying them, which keeps both threads about equally busy (profile: splitting
 * is a tenth of the work, scanning three quarters).
 * Batches of lines travel through a small bounded queue and come back for reuse, so memory stays
 * at a few batches whatever the input size. The result is the same as {@link #readSequentially}.
 */
final class ParallelLineReader {
    /** Batches in flight; two are enough to keep both threads busy, a few more absorb jitter. */
    private static final int BATCHES = 4;

    interface Consumer {
        void line(LineScan scan, byte[] b, int off, int len);

        void tooLong();
    }

    private ParallelLineReader() {}

    /** Reads in on the calling thread only; without scanning every line takes the full path (the reference). */
    static void readSequentially(InputStream in, boolean scanning, Consumer consumer) throws IOException {
        LineScan scan = new LineScan();
        SyslogTime times = new SyslogTime();
        new ByteLineReader().read(in, new ByteLineSink() {
            @Override public void line(byte[] b, int off, int len) {
                if (scanning) scan.scan(b, off, len, times); else scan.verdict = LineScan.Verdict.SLOW;
                consumer.line(scan, b, off, len);
            }

            @Override public void tooLong() {
                consumer.tooLong();
            }
        });
    }

    /** Reads in on a helper thread and consumes the lines on the calling thread, in order. */
    static void read(InputStream in, Consumer consumer) throws IOException {
        BlockingQueue<ScannedBatch> free = new ArrayBlockingQueue<>(BATCHES);
        BlockingQueue<ScannedBatch> full = new ArrayBlockingQueue<>(BATCHES);
        for (int i = 0; i < BATCHES; i++) free.add(new ScannedBatch());
        Thread reader = new Thread(() -> produce(in, free, full), "vpn-doctor-log-reader");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        SyslogTime times = new SyslogTime();
        try {
            while (!done) {
                ScannedBatch batch = full.take();
                if (!batch.scanned) batch.scanAll(times);
                for (int i = 0; i < batch.count; i++) {
                    if (batch.lens[i] == ScannedBatch.TOO_LONG) consumer.tooLong();
                    else consumer.line(batch.scans[i], batch.data, batch.offs[i], batch.lens[i]);
                }
                done = batch.last;
                Throwable failure = batch.failure;
                batch.clear();
                free.put(batch);
                if (failure instanceof IOException e) throw e;
                if (failure instanceof RuntimeException e) throw e;
                if (failure instanceof Error e) throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } finally {
            if (!done) {
                // the consumer failed: stop the reader (a read from a terminal may not end, so wait only briefly)
                reader.interrupt();
                joinQuietly(reader, 1000);
            }
        }
    }

    private static void produce(InputStream in, BlockingQueue<ScannedBatch> free, BlockingQueue<ScannedBatch> full) {
        ScannedBatch[] current = new ScannedBatch[1];
        SyslogTime times = new SyslogTime();
        try {
            current[0] = free.take();
            current[0].scanned = true;
            new ByteLineReader().read(in, new ByteLineSink() {
                @Override public void line(byte[] b, int off, int len) {
                    current[0].add(b, off, len, current[0].scanned ? times : null);
                    if (current[0].isFull()) current[0] = handOver(current[0], free, full);
                }

                @Override public void tooLong() {
                    current[0].addTooLong();
                    if (current[0].isFull()) current[0] = handOver(current[0], free, full);
                }
            });
            current[0].last = true;
            full.put(current[0]);
        } catch (InterruptedException | Interrupted e) {
            // the consumer gave up; it is not waiting for more
        } catch (IOException | RuntimeException | Error e) {
            ScannedBatch b = current[0];
            if (b == null) return;
            b.last = true;
            b.failure = e;
            try {
                full.put(b);
            } catch (InterruptedException ignored) {
                // the consumer gave up
            }
        }
    }

    private static ScannedBatch handOver(ScannedBatch b, BlockingQueue<ScannedBatch> free, BlockingQueue<ScannedBatch> full) {
        try {
            boolean scanNext = !b.scanned;
            full.put(b);
            ScannedBatch next = free.take();
            next.scanned = scanNext;
            return next;
        } catch (InterruptedException e) {
            throw new Interrupted();
        }
    }

    /** Unwinds the reader out of ByteLineReader when the consumer stops. */
    private static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    private static void joinQuietly(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
