package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The relaunched JVM makes the reading's tables on another thread: the reading waits for them once they are announced. */
class ReadingWarmUpTest {
    @Test
    void theReadingWaitsForAnAnnouncedWarmUp() throws Exception {
        ReadingWarmUp.expect();
        AtomicBoolean sawDone = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            ReadingWarmUp.awaitIfExpected();
            sawDone.set(ReadingWarmUp.done());
        });
        reader.start();
        try {
            Thread.sleep(50); // the reader is waiting by now (and would see no tables if it did not wait)
        } finally {
            ReadingWarmUp.run();
        }
        reader.join(10_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(sawDone).isTrue();
        // the tables it made are the reading's: a relevant line passes, an interface line does not
        assertThat(RelevanceFilter.mayBeRelevant("%ASA-5-713041: IP = 198.51.100.7, IKE Initiator: New Phase 1")).isTrue();
        assertThat(RelevanceFilter.mayBeRelevant("%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up")).isFalse();
        ReadingWarmUp.run(); // a second call only returns
    }
}
