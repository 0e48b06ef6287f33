package vpndoctor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated day for continuous diagnosis: each tunnel follows a schedule of segments (healthy,
 * or one {@link Fault} from a known second of the day on). While a fault lasts the tunnel retries
 * every {@code retrySeconds}; when a segment turns healthy the tunnel comes up (a healthy episode)
 * and rekeys every hour after; unrelated noise fills the gaps. Lines carry "Nov 26 HH:MM:SS" times;
 * same schedule and seed give the same lines.
 */
public final class MonitorDay {
    /** From {@code startSecond} of the day on, the tunnel has this fault (HEALTHY: none). */
    public record Segment(long startSecond, Fault fault) {}

    /** One tunnel's schedule (segments in time order, the first starting at 0). */
    public record Schedule(Tunnel tunnel, List<Segment> segments) {}

    /** A line and its second of the day. */
    public record Timed(long second, String line) {}

    private final List<Schedule> schedules;
    private final long seed;
    private final int retrySeconds;
    private final int noiseEverySeconds;

    public MonitorDay(List<Schedule> schedules, long seed, int retrySeconds, int noiseEverySeconds) {
        this.schedules = List.copyOf(schedules);
        this.seed = seed;
        this.retrySeconds = retrySeconds;
        this.noiseEverySeconds = noiseEverySeconds;
    }

    /** The default day: five tunnels, four faults that start and end at known times, one that changes cause. */
    public static MonitorDay standard(long seed) {
        List<Schedule> s = new ArrayList<>();
        s.add(new Schedule(Tunnel.of(0, 0).withFault(Fault.HEALTHY), List.of(seg(0, Fault.HEALTHY))));
        s.add(new Schedule(Tunnel.of(1, 0), List.of(seg(0, Fault.HEALTHY), seg(2 * 3600, Fault.PSK_MISMATCH), seg(4 * 3600, Fault.HEALTHY))));
        s.add(new Schedule(Tunnel.of(2, 0), List.of(seg(0, Fault.HEALTHY), seg(6 * 3600, Fault.TRANSFORM_MISMATCH), seg(6 * 3600 + 5400, Fault.HEALTHY))));
        s.add(new Schedule(Tunnel.of(3, 0), List.of(seg(0, Fault.HEALTHY), seg(9 * 3600, Fault.PROXY_MISMATCH), seg(12 * 3600, Fault.HEALTHY),
                seg(18 * 3600, Fault.PROXY_MISMATCH), seg(20 * 3600, Fault.HEALTHY))));
        s.add(new Schedule(Tunnel.of(4, 0), List.of(seg(0, Fault.HEALTHY), seg(14 * 3600, Fault.PSK_MISMATCH),
                seg(15 * 3600, Fault.TRANSFORM_MISMATCH), seg(16 * 3600, Fault.HEALTHY))));
        return new MonitorDay(s, seed, 120, 20);
    }

    private static Segment seg(long s, Fault f) { return new Segment(s, f); }

    public List<Schedule> schedules() { return schedules; }

    /** Every line of the day in time order. */
    public List<Timed> lines() {
        SplittableRandom rnd = new SplittableRandom(seed);
        Noise noise = new Noise(rnd.split());
        SplittableRandom vpn = rnd.split();
        List<List<Timed>> perSecond = new ArrayList<>();
        for (int i = 0; i < 86_400; i++) perSecond.add(null);
        StringBuilder host = new StringBuilder();
        for (long s = 0; s < 86_400; s += noiseEverySeconds) {
            String msg = noise.next(host);
            put(perSecond, s, stamp(s) + host + msg);
        }
        for (Schedule sc : schedules) {
            List<Segment> segs = sc.segments();
            for (int k = 0; k < segs.size(); k++) {
                Segment seg = segs.get(k);
                long end = k + 1 < segs.size() ? segs.get(k + 1).startSecond() : 86_400;
                Tunnel t = sc.tunnel().withFault(seg.fault());
                // offset the tunnels' episodes so they do not share seconds
                long first = seg.startSecond() + 5 + sc.tunnel().index() * 7L;
                long every = seg.fault() == Fault.HEALTHY ? 3600 : retrySeconds;
                for (long at = first; at + 20 < end; at += every) {
                    long sec = at;
                    for (String msg : Episodes.of(t, vpn)) {
                        put(perSecond, sec, stamp(sec) + (msg.startsWith("[") ? "" : "asa-hq ") + msg);
                        sec++;
                    }
                }
            }
        }
        List<Timed> out = new ArrayList<>();
        for (int s = 0; s < perSecond.size(); s++) if (perSecond.get(s) != null) out.addAll(perSecond.get(s));
        return out;
    }

    private static void put(List<List<Timed>> perSecond, long s, String line) {
        if (s >= perSecond.size()) return;
        List<Timed> l = perSecond.get((int) s);
        if (l == null) perSecond.set((int) s, l = new ArrayList<>(2));
        l.add(new Timed(s, line));
    }

    /** "Nov 26 HH:MM:SS ". */
    public static String stamp(long s) {
        return String.format("Nov 26 %02d:%02d:%02d ", s / 3600, s / 60 % 60, s % 60);
    }
}
