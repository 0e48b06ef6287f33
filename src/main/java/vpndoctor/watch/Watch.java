package vpndoctor.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import vpndoctor.monitor.Monitor;

/**
 * Feeds a {@link Monitor} from followed files, standard input and syslog listeners, and ticks it:
 * a ticker thread every 100 ms (debouncing by the clock when lines are slow) and the readers
 * themselves whenever the lines' time moved on (a fast replay is judged as it happened).
 * {@link #stop()} ends every loop; {@link #close()} also flushes the monitor.
 */
public final class Watch implements AutoCloseable {
    private final Monitor monitor;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final List<FileFollower> followers = new ArrayList<>();
    private SyslogListener listener;
    private final LineHandler feed;

    public Watch(Monitor monitor) {
        this.monitor = monitor;
        this.feed = (source, text, received) -> {
            if (monitor.feed(source, text, received)) monitor.tick();
        };
    }

    public Monitor monitor() { return monitor; }

    /** Starts the ticker. */
    public Watch start() {
        spawn("vpn-doctor-tick", () -> {
            while (running.get()) {
                monitor.tick();
                sleep(100);
            }
        });
        return this;
    }

    /** Follows files by name (tail -F), polling every pollMillis. */
    public void follow(List<Path> files, boolean fromStart, long pollMillis) {
        for (Path p : files) {
            FileFollower f = new FileFollower(p, fromStart, feed);
            try {
                f.begin();
            } catch (IOException e) {
                System.err.println("vpn-doctor: " + p + ": " + e.getMessage());
            }
            followers.add(f);
        }
        spawn("vpn-doctor-follow", () -> {
            while (running.get()) {
                long n = 0;
                for (FileFollower f : followers) {
                    try {
                        n += f.poll();
                    } catch (IOException e) {
                        System.err.println("vpn-doctor: " + e.getMessage());
                    }
                }
                if (n == 0) sleep(pollMillis);
            }
        });
    }

    /** Reads a stream to its end on the calling thread (standard input), then flushes the monitor. */
    public void readToEnd(String source, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while (running.get() && (line = r.readLine()) != null) feed.line(source, line, Instant.now());
        monitor.flush();
    }

    public SyslogListener syslog() {
        if (listener == null) listener = new SyslogListener(feed);
        return listener;
    }

    public long rotations() { return followers.stream().mapToLong(FileFollower::rotations).sum(); }
    public long truncations() { return followers.stream().mapToLong(FileFollower::truncations).sum(); }

    public boolean running() { return running.get(); }

    public void stop() { running.set(false); }

    @Override public void close() {
        stop();
        if (listener != null) listener.close();
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (FileFollower f : followers) {
            try {
                f.poll(); // what was written before the stop
                f.close();
            } catch (IOException e) {
                // closing
            }
        }
        monitor.flush();
    }

    private void spawn(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
