package vpndoctor.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.kie.api.runtime.rule.FactHandle;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.KieBaseCache;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.engine.RuleCompiler;
import vpndoctor.engine.RuleLoader;
import vpndoctor.engine.RuleSession;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Observation;
import vpndoctor.model.Origin;

/**
 * The in-process half of the benchmark (the whole-process half, against grep and cat, is
 * scripts/bench.sh): rule-base build from source and from the cache, log ingest throughput and
 * the latency of one what-if step on a live session. Every figure is a median over repeats.
 */
public final class BenchHarness {
    private BenchHarness() {}

    public static void run(Path log, Path whatIfLog, int repeats, PrintWriter out) throws IOException {
        out.printf("repeats %d, %d cores, max heap %d MB%n", repeats, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        var files = RuleLoader.bundled();
        long[] compile = times(repeats, () -> time(() -> RuleCompiler.compile(files)));
        out.printf("rule base compile: first %s, median %s (%d files)%n", ms(compile[0]), ms(median(compile)), files.size());
        Path cacheDir = Files.createTempDirectory("vpndoctor-bench-cache");
        KieBaseCache cache = new KieBaseCache(cacheDir);
        cache.compile(files); // fills the entry
        long[] cached = times(repeats, () -> time(() -> cache.compile(files)));
        out.printf("rule base from cache: first %s, median %s%n", ms(cached[0]), ms(median(cached)));
        deleteTree(cacheDir);
        out.flush();

        if (log != null) {
            long size = Files.size(log);
            long[] lines = new long[1];
            long[] facts = new long[1];
            resetPeaks();
            long[] ingest = times(repeats, () -> time(() -> {
                LoadedEvidence l = EvidenceLoader.load(Evidence.builder().log(log).build());
                lines[0] = l.accounting().getLines();
                facts[0] = l.facts().size();
            }));
            double sec = median(ingest) / 1e9;
            out.printf("ingest %s: %d lines, %.1f MB, %d facts: median %.2f s = %.0f lines/s, %.1f MB/s; peak heap %d MB%n",
                    log.getFileName(), lines[0], size / 1e6, facts[0], sec, lines[0] / sec, size / 1e6 / sec, peakHeap() >> 20);
            out.flush();
        }
        if (whatIfLog != null) whatIf(whatIfLog, repeats, out);
        out.flush();
    }

    /** assume-like step: insert a fact, fire, assemble the report; then delete it, fire, assemble. */
    private static void whatIf(Path log, int repeats, PrintWriter out) {
        Diagnoser doctor = Diagnoser.withBundledRules();
        LoadedEvidence loaded = EvidenceLoader.load(Evidence.builder().log(log).build());
        try (RuleSession s = Engine.of(doctor).newSession()) {
            loaded.facts().forEach(s::insert);
            s.fire();
            String tunnel = loaded.facts().stream().filter(f -> f instanceof LogEvent e && e.getPeer() != null)
                    .map(f -> ((LogEvent) f).getPeer()).findFirst().orElse("unknown");
            var ctx = Engine.of(doctor).context(loaded, List.of());
            int steps = Math.max(repeats * 10, 50);
            long[] insert = new long[steps], delete = new long[steps];
            for (int i = 0; i < steps; i++) {
                Observation o = new Observation("bench" + i, "LARGE_PACKETS_FAIL", tunnel, "what-if", new Origin("bench", 1, "what-if"));
                long t0 = System.nanoTime();
                FactHandle h = s.insert(o);
                s.fire();
                Engine.of(doctor).assembler().assemble(s, ctx);
                long t1 = System.nanoTime();
                s.delete(h);
                s.fire();
                Engine.of(doctor).assembler().assemble(s, ctx);
                long t2 = System.nanoTime();
                insert[i] = t1 - t0;
                delete[i] = t2 - t1;
            }
            // the first steps warm the JIT: report the median of the second half as the steady state
            out.printf("what-if on %s (%d facts, tunnel %s): insert+fire+assemble median %s, delete+fire+assemble median %s (first %s)%n",
                    log.getFileName(), loaded.facts().size(), tunnel, ms(median(Arrays.copyOfRange(insert, steps / 2, steps))),
                    ms(median(Arrays.copyOfRange(delete, steps / 2, steps))), ms(insert[0]));
        }
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    private static long[] times(int n, LongSupplier s) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = s.getAsLong();
        return t;
    }

    static long median(long[] xs) {
        long[] c = xs.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap while ingesting. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) Files.deleteIfExists(p);
        }
    }
}
