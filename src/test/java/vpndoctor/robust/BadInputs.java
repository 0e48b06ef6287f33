package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.InputSummary;

/** Paths of the bad-input corpus and the checks every bad-input test repeats. */
final class BadInputs {
    static final Path DIR = Path.of("src/test/resources/bad-inputs");
    /** A good router log: four IKMP_BAD_MESSAGE lines from 192.0.2.45, diagnosed as PSK_MISMATCH. */
    static final Path GOOD_LOG = Path.of("facts-samples/001-ios-ikmp-bad-message/router.log");

    private BadInputs() {}

    static Path file(String name) { return DIR.resolve(name); }

    static Diagnosis diagnose(Evidence.Builder b) {
        Diagnosis d = TestDoctor.get().diagnose(b.build());
        assertAddsUp(d.input());
        return d;
    }

    static void assertAddsUp(InputSummary in) {
        assertThat(in.lines()).as("lines = relevant + irrelevant + unrecognized + skipped lines")
                .isEqualTo(in.relevant() + in.irrelevant() + in.unrecognized() + in.skippedLines());
    }

    /** The skip reasons as one text, each "source[:line]: reason". */
    static String skipped(Diagnosis d) {
        StringBuilder s = new StringBuilder();
        d.input().skipped().forEach(k -> s.append(k).append('\n'));
        return s.toString();
    }
}
