package vpndoctor.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import vpndoctor.Diagnoser;
import vpndoctor.monitor.Monitor;
import vpndoctor.monitor.VerdictChange;
import vpndoctor.watch.Watch;

/**
 * Figures for BENCHMARKS.md: watch throughput (a generated day through the monitor as fast as it
 * reads) and the latency from a line's arrival in a followed file to its verdict change.
 * Usage: WatchBench LINES TUNNELS LATENCY_SAMPLES DEBOUNCE_MS
 */
public final class WatchBench {
    private WatchBench() {}

    public static void main(String[] args) throws Exception {
        long lines = Long.parseLong(args[0]);
        int tunnels = Integer.parseInt(args[1]);
        int samples = Integer.parseInt(args[2]);
        long debounceMs = Long.parseLong(args[3]);
        Diagnoser doctor = Diagnoser.withBundledRules();
        throughput(doctor, lines, tunnels);
        latency(doctor, samples, debounceMs);
    }

    static void throughput(Diagnoser doctor, long lines, int tunnels) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new SyslogGenerator(lines, tunnels, 1, 0.02).write(buf);
        byte[] day = buf.toByteArray();
        for (int pass = 1; pass <= 2; pass++) { // the first pass warms the JIT
            Monitor m = Monitor.builder(doctor).build();
            long t0 = System.nanoTime();
            try (Watch w = new Watch(m)) {
                w.readToEnd("bench", new ByteArrayInputStream(day));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Monitor.Stats st = m.stats();
            System.out.printf("throughput pass %d: %d lines (%d kept by the parser, %d tunnels), %.1f MB in %.2f s = %.0f lines/s; %d diagnoses, %d faults, %d changes, %d cleared%n",
                    pass, st.lines, st.relevant, tunnels, day.length / 1e6, s, st.lines / s, st.diagnoses, st.faults, st.changes, st.clears);
        }
    }

    /** Appends a PSK failure for a new peer to a followed file and times until its FAULT is heard. */
    static void latency(Diagnoser doctor, int samples, long debounceMs) throws Exception {
        Path dir = Files.createTempDirectory("vpndoctor-watch-bench");
        Path log = dir.resolve("asa.log");
        Files.createFile(log);
        BlockingQueue<VerdictChange> heard = new ArrayBlockingQueue<>(1000);
        Monitor m = Monitor.builder(doctor).debounce(Duration.ofMillis(debounceMs)).maxDelay(Duration.ofMillis(debounceMs * 5)).build();
        m.addListener(heard::add);
        long[] ns = new long[samples];
        try (Watch w = new Watch(m).start()) {
            w.follow(List.of(log), false, 50);
            for (int i = 0; i < samples; i++) {
                String peer = "203.0.114." + (i + 1);
                String now = vpndoctor.bench.MonitorDay.stamp(java.time.LocalTime.now(java.time.ZoneOffset.UTC).toSecondOfDay()).replace("Nov 26", monthDay());
                String text = now + "asa-hq %ASA-4-713903: Group = " + peer + ", IP = " + peer + ", ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting\n"
                        + now + "asa-hq %ASA-5-713904: Group = " + peer + ", IP = " + peer + ", Received encrypted packet with no matching SA, dropping\n";
                long t0 = System.nanoTime();
                Files.writeString(log, text, StandardOpenOption.APPEND);
                VerdictChange c = heard.poll(60, TimeUnit.SECONDS);
                if (c == null) throw new IllegalStateException("no verdict change within 60 s");
                ns[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(ns);
        System.out.printf("latency (debounce %d ms, file polled every 50 ms), %d samples: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                debounceMs, samples, ns[samples / 2] / 1e6, ns[Math.min(samples - 1, (int) (samples * 0.99))] / 1e6, ns[samples - 1] / 1e6);
        Files.deleteIfExists(log);
        Files.deleteIfExists(dir);
    }

    private static String monthDay() {
        return java.time.format.DateTimeFormatter.ofPattern("MMM dd", java.util.Locale.ROOT).format(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
