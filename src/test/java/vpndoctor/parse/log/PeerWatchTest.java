package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.LogEvent;

/** PeerWatch: "many" exactly when the read events name more distinct peers than the limit, known before the reading ends. */
class PeerWatchTest {
    @Test
    void saysManyOnlyPastTheLimitOfDistinctPeers() {
        PeerWatch w = new PeerWatch(2);
        w.peer("a");
        w.peer("b");
        w.peer("a");
        w.peer(null);
        w.readingEnded();
        assertThat(w.awaitMany()).isFalse();

        PeerWatch past = new PeerWatch(2);
        for (String p : new String[] {"a", "b", "a", "c"}) past.peer(p);
        assertThat(past.awaitMany()).as("decided before the reading ends").isTrue();
        past.peer("d");
        past.readingEnded();
        assertThat(past.awaitMany()).isTrue();
    }

    @Test
    @Timeout(120)
    void aWatchedReadCountsTheDistinctPeersOfItsEvents() throws Exception {
        for (int tunnels : new int[] {40, 300}) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            new SyslogGenerator(20_000, tunnels, 7, SyslogGenerator.autoShare(20_000, tunnels)).write(log);
            Ingest plain = new Ingest().read("gen.log", log.toByteArray());
            Set<String> peers = new HashSet<>();
            for (LogEvent e : plain.events()) if (e.getPeer() != null) peers.add(e.getPeer());
            assertThat(peers.size()).isGreaterThanOrEqualTo(tunnels);
            assertThat(many(log.toByteArray(), peers.size())).as("%d tunnels, limit = the peers", tunnels).isFalse();
            assertThat(many(log.toByteArray(), peers.size() - 1)).as("%d tunnels, limit one below", tunnels).isTrue();
        }
    }

    /** A read of the log watched with this limit: "many" is said during the read (no end told), "not many" at the end. */
    private static boolean many(byte[] log, int limit) {
        PeerWatch w = new PeerWatch(limit);
        Ingest in = new Ingest();
        in.ingest.watchPeers(w);
        in.read("gen.log", log);
        if (in.events().stream().map(LogEvent::getPeer).filter(Objects::nonNull).distinct().count() > limit) return w.awaitMany(); // the timeout catches a wait
        w.readingEnded();
        return w.awaitMany();
    }
}
