package vpndoctor.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.MonitorDay;

/** A monitor's tunnels snapshotted halfway through the day and restored into a fresh one: the rest of the day is unchanged. */
class MonitorRestoreTest {
    /** Inside tunnel 1's PSK fault (2 h to 4 h). */
    static final long CUT = 3 * 3600;

    static Monitor monitor() {
        if (MonitorDayTest.doctor == null) MonitorDayTest.rules();
        return Monitor.builder(MonitorDayTest.doctor).clock(new ManualClock(MonitorDayTest.DAY)).window(MonitorDayTest.WINDOW).build();
    }

    static void feed(Monitor m, List<MonitorDay.Timed> lines) {
        for (MonitorDay.Timed t : lines) if (m.feed(t.line())) m.tick();
    }

    static List<String> described(List<VerdictChange> cs) {
        return cs.stream().map(c -> c.time() + " " + c.tunnel() + " " + c.event() + " " + c.ids()).toList();
    }

    @Test
    void restoredTunnelsContinueWithTheSameVerdicts() {
        MonitorDay day = MonitorDay.standard(7);
        List<MonitorDay.Timed> before = day.lines().stream().filter(t -> t.second() < CUT).toList();
        List<MonitorDay.Timed> after = day.lines().stream().filter(t -> t.second() >= CUT).toList();

        Monitor whole = monitor();
        List<VerdictChange> once = new ArrayList<>();
        whole.addListener(once::add);
        feed(whole, day.lines());
        whole.flush();

        Monitor first = monitor();
        List<VerdictChange> split = new ArrayList<>();
        first.addListener(split::add);
        feed(first, before);
        List<Monitor.TunnelState> states = first.tunnels().stream().map(v -> first.snapshot(v.tunnel())).toList();
        assertThat(states).anyMatch(s -> !s.verdict().isEmpty() && !s.lines().isEmpty());
        Monitor second = monitor();
        second.addListener(split::add);
        states.forEach(second::restore);
        assertThat(second.tunnels()).extracting(Monitor.TunnelView::tunnel).containsExactlyInAnyOrderElementsOf(first.tunnels().stream().map(Monitor.TunnelView::tunnel).toList());
        feed(second, after);
        second.flush();

        assertThat(described(split)).isEqualTo(described(once));
        MonitorDayTest.assertMatches(split, day);

        // the control: a fresh monitor without the snapshot reports the open fault again instead of only its end
        Monitor blank = monitor();
        List<VerdictChange> lost = new ArrayList<>();
        blank.addListener(lost::add);
        feed(blank, after);
        blank.flush();
        assertThat(described(lost)).isNotEqualTo(described(once.stream().filter(c -> c.time().isAfter(MonitorDayTest.DAY.plusSeconds(CUT))).toList()));
    }

    @Test
    void anUnknownTunnelHasNoSnapshot() {
        assertThat(monitor().snapshot("192.0.2.1")).isNull();
    }
}
