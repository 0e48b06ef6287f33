package vpndoctor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a reproducible day of mixed firewall/router syslog: mostly unrelated traffic, a small
 * share of VPN messages spread round-robin over T tunnels, each tunnel carrying one known
 * {@link Fault}. Same (lines, tunnels, seed, vpnShare) gives the same bytes.
 */
public final class SyslogGenerator {
    private static final String[] MONTH_DAY = {"Nov 26 "};
    public static final int MAX_TUNNELS = 1_000_000;
    /** VPN lines per tunnel the automatic share aims at: every tunnel gets at least one whole episode (at most 9 lines). */
    private static final double VPN_LINES_PER_TUNNEL = 12;

    private final long lines;
    private final List<Tunnel> tunnels;
    private final long seed;
    private final double vpnShare;
    private int[] complete = new int[0];

    public SyslogGenerator(long lines, int tunnels, long seed, double vpnShare) {
        if (lines < 1) throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        if (tunnels < 1 || tunnels > MAX_TUNNELS) throw new IllegalArgumentException("tunnels must be 1.." + MAX_TUNNELS + ", was " + tunnels);
        if (!(vpnShare > 0 && vpnShare <= 1)) throw new IllegalArgumentException("VPN share must be in (0, 1], was " + vpnShare);
        this.lines = lines;
        this.seed = seed;
        this.vpnShare = vpnShare;
        List<Tunnel> ts = new ArrayList<>(tunnels);
        for (int k = 0; k < tunnels; k++) ts.add(Tunnel.of(k, seed));
        this.tunnels = List.copyOf(ts);
    }

    public List<Tunnel> tunnels() { return tunnels; }

    /**
     * The VPN share when none is given: 2% (the day of syslog of BENCHMARKS.md), or more when the
     * tunnels need it for one whole negotiation each (100k tunnels in 1M lines: all lines are VPN).
     */
    public static double autoShare(long lines, int tunnels) {
        return Math.max(0.02, Math.min(1.0, tunnels * VPN_LINES_PER_TUNNEL / lines));
    }

    /** Whole episodes written per tunnel by the last {@link #write}: a tunnel with none has no expected verdict. */
    public int[] completeEpisodes() { return complete.clone(); }

    /** Writes all lines (LF-terminated); returns the number of bytes written. */
    public long write(OutputStream out) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Noise noise = new Noise(rnd.split());
        SplittableRandom vpnRnd = rnd.split();
        StringBuilder host = new StringBuilder(32);
        StringBuilder line = new StringBuilder(256);
        byte[] buf = new byte[1 << 16];
        int fill = 0;
        long bytes = 0;
        List<String> episode = List.of();
        int next = 0;
        long episodes = 0;
        int threshold = (int) Math.round(vpnShare * 1_000_000);
        complete = new int[tunnels.size()];
        int current = -1;
        for (long i = 0; i < lines; i++) {
            line.setLength(0);
            appendTime(line, i);
            if (rnd.nextInt(1_000_000) < threshold) {
                if (next >= episode.size()) {
                    current = (int) (episodes++ % tunnels.size());
                    episode = Episodes.of(tunnels.get(current), vpnRnd);
                    next = 0;
                }
                String msg = episode.get(next++);
                if (next == episode.size()) complete[current]++;
                if (!msg.startsWith("[")) line.append("asa-hq ");
                line.append(msg);
            } else {
                String msg = noise.next(host);
                line.append(host).append(msg);
            }
            line.append('\n');
            byte[] b = line.toString().getBytes(StandardCharsets.US_ASCII);
            if (fill + b.length > buf.length) {
                out.write(buf, 0, fill);
                fill = 0;
            }
            System.arraycopy(b, 0, buf, fill, b.length);
            fill += b.length;
            bytes += b.length;
        }
        out.write(buf, 0, fill);
        out.flush();
        return bytes;
    }

    /** "Nov 26 HH:MM:SS " spread evenly over one day. */
    private void appendTime(StringBuilder b, long i) {
        long s = i * 86_400L / lines;
        b.append(MONTH_DAY[0]);
        two(b, s / 3600).append(':');
        two(b, s / 60 % 60).append(':');
        two(b, s % 60).append(' ');
    }

    private static StringBuilder two(StringBuilder b, long n) {
        if (n < 10) b.append('0');
        return b.append(n);
    }

    /** The sidecar: seed, sizes and each tunnel's peer, fault and expected root cause. */
    public String faultsJson(long bytes) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"seed\": ").append(seed).append(",\n  \"lines\": ").append(lines)
                .append(",\n  \"bytes\": ").append(bytes).append(",\n  \"vpnShare\": ").append(vpnShare)
                .append(",\n  \"tunnels\": [\n");
        for (int i = 0; i < tunnels.size(); i++) {
            Tunnel t = tunnels.get(i);
            b.append("    {\"peer\": \"").append(t.peer()).append("\", \"fault\": \"").append(t.fault().name())
                    .append("\", \"episodes\": ").append(i < complete.length ? complete[i] : 0)
                    .append(", \"expectedCause\": ").append(t.fault().expectedCause == null ? "null" : "\"" + t.fault().expectedCause + "\"")
                    .append('}').append(i + 1 < tunnels.size() ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n").toString();
    }
}
