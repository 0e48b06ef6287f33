package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Pasted show output is a snapshot: the same one pasted twice is one observation (issue 13.4), two
 * different pastes of one SA give a delta that counts more than either (issue 12.1).
 */
class SnapshotEvidenceTest {
    private static final Path SAME_TWICE = Path.of("facts-samples/162-ios-ipsec-sa-same-snapshot-pasted-twice/router.log");
    private static final Path RISING = Path.of("facts-samples/161-ios-ipsec-sa-two-snapshots-encaps-rising/router.log");

    private static Diagnosis diagnose(String name, String text) throws Exception {
        return TestDoctor.get().diagnose(Evidence.builder().log(name, text).build());
    }

    private static Optional<Finding> finding(Diagnosis d, String id) {
        return java.util.stream.Stream.concat(d.rootCauses().stream(), d.hypotheses().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    private static double confidence(Diagnosis d, String id) {
        return finding(d, id).map(Finding::confidence).orElse(0.0);
    }

    /** The text up to (not including) the second 'show crypto ipsec sa' command: the first paste alone. */
    private static String firstPaste(String text) {
        int first = text.indexOf("#show crypto ipsec sa");
        int second = text.indexOf("#show crypto ipsec sa", first + 1);
        return text.substring(0, text.lastIndexOf('\n', second) + 1);
    }

    @Test
    void theSameSnapshotPastedTwiceWeighsWhatItWeighsOnce() throws Exception {
        String twice = Files.readString(SAME_TWICE);
        Diagnosis once = diagnose("once.log", firstPaste(twice));
        Diagnosis both = diagnose("twice.log", twice);
        for (String id : List.of("PEER_PHASE2_MISCONFIG", "NAT_EXEMPTION_MISSING", "ROUTING_BEYOND_GATEWAY")) {
            assertThat(confidence(both, id)).as(id).isGreaterThan(0).isEqualTo(confidence(once, id));
        }
    }

    @Test
    void aDeltaBetweenTwoSnapshotsCountsMoreThanOneSnapshotButDecidesNothing() throws Exception {
        String text = Files.readString(RISING);
        double one = confidence(diagnose("one.log", firstPaste(text)), "PEER_PHASE2_MISCONFIG");
        Diagnosis two = diagnose("two.log", text);
        assertThat(confidence(two, "PEER_PHASE2_MISCONFIG")).isGreaterThan(one).isLessThan(0.5);
        assertThat(two.rootCauses()).isEmpty();
    }

    @Test
    void twoDifferentSnapshotsGiveTheOneWayVoteOnce() throws Exception {
        // before: each paste's counters made their own symptom, so two pastes were two votes (0.35 twice = 0.58, a verdict)
        Finding f = finding(diagnose("two.log", Files.readString(RISING)), "PEER_PHASE2_MISCONFIG").orElseThrow();
        assertThat(f.supportedBy()).filteredOn(s -> s.contains("encaps without decaps")).hasSize(1);
    }

    @Test
    void theAdviceNamesTheCommandOfThePlatform() throws Exception {
        Diagnosis asa = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/163-asa-ipsec-sa-two-snapshots-decaps-rising")));
        Diagnosis ios = TestDoctor.get().diagnose(Evidence.fromCaseFolder(Path.of("facts-samples/135-ios-nat-before-crypto")));
        assertThat(asa.recommendations()).anySatisfy(a -> assertThat(a.command()).startsWith("packet-tracer input inside"));
        assertThat(ios.recommendations()).anySatisfy(a -> assertThat(a.command()).startsWith("show ip nat translations"))
                .noneSatisfy(a -> assertThat(a.command()).startsWith("packet-tracer"));
    }
}
