package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;
import vpndoctor.report.JsonReport;

/**
 * One Diagnoser shared by many threads gives, for every run, exactly the JSON a single thread
 * gives. Small cases (a log; a log with config and observations; a bad-input log) so CI stays quick; no timings.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int RUNS_PER_THREAD = 200;
    private static final List<Path> CASES = List.of(
            Path.of("facts-samples/001-ios-ikmp-bad-message"),
            Path.of("facts-samples/047-pix-large-packets-fail"),
            Path.of("src/test/resources/bad-inputs/ip-out-of-range.log"));

    private static Evidence evidence(Path p) throws Exception {
        return p.toString().endsWith(".log") ? Evidence.builder().log(p).build() : Evidence.fromCaseFolder(p);
    }

    @Test
    void sharedDiagnoserGivesTheSingleThreadedJsonInEveryThread() throws Exception {
        Diagnoser doctor = TestDoctor.get();
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path c : CASES) expected.put(c, JsonReport.render(doctor.diagnose(evidence(c))));
        for (Path c : CASES) {
            assertThat(JsonReport.render(doctor.diagnose(evidence(c)))).as("single-threaded runs agree: " + c).isEqualTo(expected.get(c));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        List<Future<Integer>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int runs = 0;
                    for (int i = 0; i < RUNS_PER_THREAD; i++) {
                        Path c = CASES.get((i + offset) % CASES.size());
                        String json = JsonReport.render(doctor.diagnose(evidence(c)));
                        if (!json.equals(expected.get(c)) && mismatches.size() < 5) mismatches.add(c + " run " + i + ":\n" + json);
                        runs++;
                    }
                    return runs;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) total += f.get(10, TimeUnit.MINUTES);
            assertThat(total).isEqualTo(THREADS * RUNS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mismatches).as("runs whose JSON differs from the single-threaded JSON").isEmpty();
    }

    @Test
    void bundledRulesAndCatalogueLoadFromManyThreadsAtOnce() throws Exception {
        List<RuleFile> reference = RuleLoader.bundled();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    boolean same = true;
                    for (int i = 0; i < 20; i++) {
                        same &= RuleLoader.bundled().equals(reference);
                        same &= CauseCatalog.bundled() == CauseCatalog.bundled() && !CauseCatalog.bundled().all().isEmpty();
                    }
                    return same;
                }));
            }
            start.countDown();
            for (Future<Boolean> f : done) assertThat(f.get(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
