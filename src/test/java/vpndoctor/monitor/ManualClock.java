package vpndoctor.monitor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: debouncing becomes deterministic, no sleeps. */
public final class ManualClock extends Clock {
    private Instant now;

    public ManualClock(Instant start) { this.now = start; }

    public void set(Instant t) { now = t; }
    public void advance(java.time.Duration d) { now = now.plus(d); }

    @Override public Instant instant() { return now; }
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
}
