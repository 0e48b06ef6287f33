package vpndoctor.monitor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: debouncing becomes deterministic, no sleeps. */
final class ManualClock extends Clock {
    private Instant now;

    ManualClock(Instant start) { this.now = start; }

    void set(Instant t) { now = t; }
    void advance(java.time.Duration d) { now = now.plus(d); }

    @Override public Instant instant() { return now; }
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
}
