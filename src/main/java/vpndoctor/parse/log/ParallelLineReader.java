package vpndoctor.parse.log;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Uses a second core for one byte source: a reader thread reads and splits lines, the calling
 * thread classifies them in order (the classifier's per-source context makes a line's meaning
 * depend on the lines before it, so that part stays sequential). {@link LineScan}, most of the
 * work and independent per line, goes to whichever thread is free: the caller scans a batch when
 * it reaches it unscanned; the reader, when every batch is out and it would otherwise wait for one
 * to come back, scans the newest batch the caller has not reached. So the split follows the load
 * (a slow line costs the caller much more than a connection line) instead of a fixed share.
 * Batches of lines travel through a small bounded queue and come back for reuse, so memory stays
 * at a few batches whatever the input size. The result is the same as {@link #readSequentially}.
 */
final class ParallelLineReader {
    /** Batches in flight; two are enough to keep both threads busy, a few more absorb jitter. */
    private static final int BATCHES = 6;

    interface Consumer {
        void line(LineScan scan, byte[] b, int off, int len);

        void tooLong();
    }

    private ParallelLineReader() {}

    /** Reads in on the calling thread only; without scanning every line takes the full path (the reference). */
    static void readSequentially(InputStream in, boolean scanning, Consumer consumer) throws IOException {
        LineScan scan = new LineScan();
        new ByteLineReader().read(in, new ByteLineSink() {
            @Override public void line(byte[] b, int off, int len) {
                if (scanning) scan.scan(b, off, len); else scan.slow();
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
        ScannedBatch[] all = new ScannedBatch[BATCHES];
        for (int i = 0; i < BATCHES; i++) free.add(all[i] = new ScannedBatch());
        Thread reader = new Thread(() -> produce(in, free, full, all), "vpn-doctor-log-reader");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (!done) {
                ScannedBatch batch = full.take();
                if (!batch.claimAndScan()) batch.awaitScanned();
                for (int i = 0; i < batch.count; i++) {
                    if (batch.lens[i] == ScannedBatch.TOO_LONG) consumer.tooLong();
                    else consumer.line(batch.scans[i], batch.data, batch.offs[i], batch.lens[i]);
                }
                done = batch.last;
                Throwable failure = batch.failure;
                batch.clear();
                batch.state.set(ScannedBatch.FREE);
                free.put(batch);
                if (failure instanceof IOException e) throw e;
                if (failure instanceof RuntimeException e) throw e;
                if (failure instanceof Error e) throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } finally {
            PreParsed.releaseMemo(); // the caller's memo of this read (the reader's ends with its thread)
            if (!done) {
                // the consumer failed: stop the reader (a read from a terminal may not end, so wait only briefly)
                reader.interrupt();
                joinQuietly(reader, 1000);
            }
        }
    }

    private static void produce(InputStream in, BlockingQueue<ScannedBatch> free, BlockingQueue<ScannedBatch> full, ScannedBatch[] all) {
        ScannedBatch[] current = new ScannedBatch[1];
        long[] handedOver = {0};
        try {
            current[0] = free.take();
            new ByteLineReader().read(in, new ByteLineSink() {
                @Override public void line(byte[] b, int off, int len) {
                    current[0].add(b, off, len);
                    if (current[0].isFull()) current[0] = handOver(current[0], free, full, all, ++handedOver[0]);
                }

                @Override public void tooLong() {
                    current[0].addTooLong();
                    if (current[0].isFull()) current[0] = handOver(current[0], free, full, all, ++handedOver[0]);
                }
            });
            current[0].last = true;
            current[0].state.set(ScannedBatch.UNSCANNED);
            full.put(current[0]);
        } catch (InterruptedException | Interrupted e) {
            // the consumer gave up; it is not waiting for more
        } catch (IOException | RuntimeException | Error e) {
            ScannedBatch b = current[0];
            if (b == null) return;
            b.last = true;
            b.failure = e;
            b.state.set(ScannedBatch.UNSCANNED);
            try {
                full.put(b);
            } catch (InterruptedException ignored) {
                // the consumer gave up
            }
        }
    }

    /** Publishes a filled batch and returns an empty one, scanning queued batches while none is free. */
    private static ScannedBatch handOver(ScannedBatch b, BlockingQueue<ScannedBatch> free, BlockingQueue<ScannedBatch> full,
            ScannedBatch[] all, long number) {
        try {
            b.number = number;
            b.state.set(ScannedBatch.UNSCANNED);
            full.put(b);
            ScannedBatch next;
            while ((next = free.poll()) == null) {
                ScannedBatch help = newestUnscanned(all);
                if (help == null) {
                    next = free.take();
                    break;
                }
                help.claimAndScan(); // the consumer may have claimed it meanwhile: then look again
            }
            return next;
        } catch (InterruptedException e) {
            throw new Interrupted();
        }
    }

    /** The handed-over batch the consumer will reach last among those nobody has scanned, or null. */
    private static ScannedBatch newestUnscanned(ScannedBatch[] all) {
        ScannedBatch newest = null;
        for (ScannedBatch b : all) {
            if (b.state.get() == ScannedBatch.UNSCANNED && (newest == null || b.number > newest.number)) newest = b;
        }
        return newest;
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
