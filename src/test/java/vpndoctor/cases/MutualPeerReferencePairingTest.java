package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * Two configs whose one static crypto map entry each names the other's address, neither showing its interface
 * addresses (684), are one tunnel and are compared; with two entries on one side (685) which is the other's cannot be
 * told, so nothing is paired and a note says why. Before, 684's configs were not paired and its transform sets were
 * never compared (no root cause).
 */
class MutualPeerReferencePairingTest {
    private static final String PAIR = "684-cfg-ios-excerpts-name-each-other-transform-mismatch";

    @Test
    void entriesNamingEachOtherArePairedAndCompared() {
        Diagnosis d = TestDoctor.diagnoseSample(PAIR);
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        assertThat(d.rootCauses().get(0).supportedBy()).anyMatch(r -> r.contains("no transform set in common between our map entry 10 and the peer's 10"));
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("WRONG_PEER_ADDRESS"));
        assertThat(d.notes()).anyMatch(n -> n.contains("are taken as one tunnel"));
    }

    @Test
    void twoEntriesOnOneSideAreAmbiguousAndPairNothing() {
        Diagnosis d = TestDoctor.diagnoseSample("685-cfg-ios-excerpts-two-entries-ambiguous-not-paired");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("TRANSFORM_SET_MISMATCH"));
        assertThat(d.notes()).anyMatch(n -> n.contains("not paired") && n.contains("our config has 2 static entries") && n.contains("cannot be told"));
    }

    @Test
    void bothNamingOneThirdDeviceIsNoPair() throws Exception {
        String local = Files.readString(TestDoctor.samples().resolve(PAIR).resolve("local.cfg"));
        String peer = Files.readString(TestDoctor.samples().resolve(PAIR).resolve("peer.cfg")).replace("192.0.2.1", "198.51.100.7");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().localConfig("local.cfg", local).peerConfig("peer.cfg", peer).build());
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.notes()).anyMatch(n -> n.contains("both name 198.51.100.7 as their peer"));
    }
}
