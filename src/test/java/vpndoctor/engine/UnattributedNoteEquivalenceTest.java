package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.LogEvent;

/**
 * PeerAttribution.unattributedNote runs on the one thread between the last line read and the first batch;
 * it made a sorted set of every peer (100k) even when no line was unattributed, which is the common case.
 * It now counts the messages first and the peers only for the note: the note must be the plain form's
 * (the code before, kept here as the reference), on every sample case and a generated many-tunnel log.
 */
class UnattributedNoteEquivalenceTest {
    @TempDir Path dir;

    @Test
    void everySampleCaseAndGeneratedLogsGiveTheReferenceAnswers() throws Exception {
        List<LoadedEvidence> inputs = new ArrayList<>();
        for (Path f : CaseExpectation.allCaseFolders(TestDoctor.samples())) {
            assertThat(f.toString()).doesNotContain(CaseExpectation.HELD_OUT);
            inputs.add(EvidenceLoader.load(Evidence.fromCaseFolder(f)));
        }
        Path gen = dir.resolve("g.log");
        try (var out = Files.newOutputStream(gen)) {
            new SyslogGenerator(30_000, 400, 3, SyslogGenerator.autoShare(30_000, 400)).write(out);
        }
        inputs.add(EvidenceLoader.load(Evidence.builder().log(gen).build()));
        int notes = 0, quiet = 0;
        for (LoadedEvidence loaded : inputs) {
            List<LogEvent> events = new ArrayList<>();
            for (Object o : loaded.facts()) if (o instanceof LogEvent e) events.add(e);
            String unattributed = PeerAttribution.unattributedNote(events);
            assertThat(unattributed).isEqualTo(referenceUnattributedNote(events));
            if (unattributed != null) notes++;
            else quiet++;
        }
        assertThat(notes).as("inputs with unattributed lines").isGreaterThan(5);
        assertThat(quiet).as("inputs without").isGreaterThan(5);
    }

    private static final Set<String> HOST_KINDS = Set.of("CONN_BUILT", "CONN_TEARDOWN", "SYN_TIMEOUT", "XLATE_BUILT", "NAT_NO_TRANSLATION", "NAT_TRANSLATED");

    private static String referenceUnattributedNote(List<LogEvent> attributed) {
        Set<String> peers = new TreeSet<>();
        long messages = 0;
        for (LogEvent e : attributed) {
            if (e.getPeer() != null) peers.add(e.getPeer());
            else if (!HOST_KINDS.contains(e.getKind())) messages += e.getCount();
        }
        if (messages == 0) return null;
        return messages + " log message" + (messages == 1 ? "" : "s") + " name no peer and could not be tied to one of the "
                + peers.size() + " tunnel" + (peers.size() == 1 ? "" : "s")
                + " by connection id, group or a nearby line of the same device: they are reported under tunnel \"unknown\"";
    }
}
