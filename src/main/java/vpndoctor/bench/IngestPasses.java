package vpndoctor.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import vpndoctor.Evidence;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;

/**
 * Reads one log again and again in a fresh JVM, no rules, and prints each pass's wall and process
 * CPU time: the warm-up a whole run pays (the JIT compiles while the first passes run) and the
 * steady state after it, which a single whole-process time cannot tell apart.
 */
public final class IngestPasses {
    private IngestPasses() {}

    public static void run(Path log, int passes, PrintWriter out) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] walls = new long[passes];
        long lines = 0;
        for (int i = 0; i < passes; i++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            LoadedEvidence l = EvidenceLoader.load(Evidence.builder().log(log).build());
            walls[i] = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            lines = l.accounting().getLines();
            out.printf("pass %d: wall %.3f s, cpu %.3f s (all threads, JIT and GC included)%n", i + 1, walls[i] / 1e9, cpu / 1e9);
            out.flush();
        }
        long[] lastHalf = Arrays.copyOfRange(walls, passes / 2, passes);
        Arrays.sort(lastHalf);
        double steady = lastHalf[lastHalf.length / 2] / 1e9;
        out.printf("%s: %d lines; steady state (median of the last %d passes) %.3f s = %.0f lines/s%n",
                log, lines, lastHalf.length, steady, lines / steady);
    }
}
