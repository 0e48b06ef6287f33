package vpndoctor.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;
import vpndoctor.bench.Fault;
import vpndoctor.bench.MonitorDay;

/** A generated day through the monitor: the exact sequence of verdict changes per tunnel, from the schedule. */
public class MonitorDayTest {
    public static final Instant DAY = Instant.parse("2026-11-26T00:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(15);
    public static Diagnoser doctor;

    @BeforeAll
    static void rules() { doctor = vpndoctor.TestDoctor.get(); } // the run's one rule base: a static one per class would stay reachable for the whole run

    /** Replays the day as if live: the clock follows the lines' times. */
    static List<VerdictChange> replay(MonitorDay day) {
        ManualClock clock = new ManualClock(DAY);
        Monitor m = Monitor.builder(doctor).clock(clock).window(WINDOW).build();
        List<VerdictChange> got = new ArrayList<>();
        m.addListener(got::add);
        for (MonitorDay.Timed t : day.lines()) {
            clock.set(DAY.plusSeconds(t.second()));
            m.tick();
            m.feed(t.line());
        }
        m.flush();
        return got;
    }

    /** One expected change: event, cause set, and the earliest/latest second it may be reported at. */
    record Expected(String event, TreeSet<String> ids, long from, long to) {}

    /**
     * What the schedule implies: a fault starting is FAULT; a fault replaced by another is CHANGED to
     * both (the old one's lines are still in the window) and then CHANGED to the new one once the
     * old lines age out; a fault ending (the tunnel comes up) is CLEARED.
     */
    static Map<String, List<Expected>> expected(MonitorDay day) {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        long slack = 180;
        for (MonitorDay.Schedule s : day.schedules()) {
            List<Expected> l = new ArrayList<>();
            Fault prev = Fault.HEALTHY;
            for (MonitorDay.Segment seg : s.segments()) {
                long at = seg.startSecond();
                if (seg.fault() != Fault.HEALTHY && prev == Fault.HEALTHY) {
                    l.add(new Expected("FAULT", ids(seg.fault().expectedCause), at, at + slack));
                } else if (seg.fault() != Fault.HEALTHY) {
                    l.add(new Expected("CHANGED", ids(prev.expectedCause, seg.fault().expectedCause), at, at + slack));
                    l.add(new Expected("CHANGED", ids(seg.fault().expectedCause), at + WINDOW.toSeconds() - slack, at + WINDOW.toSeconds() + slack));
                } else if (prev != Fault.HEALTHY) {
                    l.add(new Expected("CLEARED", ids(), at, at + slack));
                }
                prev = seg.fault();
            }
            out.put(s.tunnel().peer(), l);
        }
        return out;
    }

    static TreeSet<String> ids(String... ids) { return new TreeSet<>(List.of(ids)); }

    public static void assertMatches(List<VerdictChange> got, MonitorDay day) {
        Map<String, List<Expected>> want = expected(day);
        for (var e : want.entrySet()) {
            List<VerdictChange> mine = got.stream().filter(c -> c.tunnel().equals(e.getKey())).toList();
            assertThat(mine.stream().map(c -> c.event() + " " + new TreeSet<>(c.ids())).toList())
                    .as("changes of %s", e.getKey())
                    .containsExactlyElementsOf(e.getValue().stream().map(x -> x.event() + " " + x.ids()).toList());
            for (int i = 0; i < mine.size(); i++) {
                long sec = Duration.between(DAY, mine.get(i).time()).toSeconds();
                assertThat(sec).as("time of %s change %d", e.getKey(), i).isBetween(e.getValue().get(i).from(), e.getValue().get(i).to());
            }
        }
        assertThat(got).allMatch(c -> want.containsKey(c.tunnel()), "no change on an unknown tunnel");
    }

    @Test
    void generatedDayGivesTheScheduledChangesPerTunnel() {
        MonitorDay day = MonitorDay.standard(7);
        List<VerdictChange> got = replay(day);
        got.forEach(c -> System.out.println(c.time() + " " + c.tunnel() + " " + c.event() + " " + c.ids() + " was " + c.previous()));
        assertMatches(got, day);
        // the always-healthy tunnel never changes
        assertThat(got).noneMatch(c -> c.tunnel().equals(day.schedules().get(0).tunnel().peer()));
    }
}
