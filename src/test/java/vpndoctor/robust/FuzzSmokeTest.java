package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vpndoctor.robust.fuzz.FuzzRun;
import vpndoctor.robust.fuzz.FuzzTargets;

/**
 * Seeded mutation fuzzing of the three parsers. In the normal build a short, fixed run (a few
 * seconds in all); with -Dfuzz.long=true a long one (-Dfuzz.iterations=N, -Dfuzz.seed=S to vary).
 * Coverage-guided fuzzing of the same targets: JazzerFuzzTest with JAZZER_FUZZ=1.
 */
class FuzzSmokeTest {
    private static final boolean LONG = Boolean.getBoolean("fuzz.long");

    @ParameterizedTest
    @EnumSource(FuzzTargets.Target.class)
    void noInputBreaksAProperty(FuzzTargets.Target target) {
        int iterations = Integer.getInteger("fuzz.iterations", LONG ? 100_000 : smoke(target));
        long seed = Long.getLong("fuzz.seed", 20240507L);
        FuzzRun.Result r = FuzzRun.run(target, seed, iterations);
        System.out.println("fuzz " + r);
        assertThat(r.failures()).as(r.toString()).isEmpty();
    }

    /** Iterations per target in the normal build: one to two seconds each on the 2-core CI machine. */
    private static int smoke(FuzzTargets.Target t) {
        return switch (t) {
            case LOG -> 600;
            case CONFIG -> 500;
            case JSON -> 1500;
        };
    }
}
