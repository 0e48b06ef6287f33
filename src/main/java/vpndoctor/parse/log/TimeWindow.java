package vpndoctor.parse.log;

/**
 * Whether two lines of one source are close enough for a line that names no peer to be about the
 * peer the other named: the same device (the envelope's host, or none on both), and seconds apart
 * when both carry a time, else a few hundred lines apart (debug output has no times; one exchange
 * is a few dozen lines).
 */
public final class TimeWindow {
    static final int SECONDS = 60;
    static final int LINES = 300;
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    /** String.split("\\s+") compiled once: it compiled the pattern on every line time asked for (and made C2 compile the regex compiler). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private TimeWindow() {}

    static boolean near(String host, String time, int line, String otherHost, String otherTime, int otherLine) {
        if (!java.util.Objects.equals(host, otherHost)) return false;
        return near(seconds(time), line, seconds(otherTime), otherLine);
    }

    /** near() of one device's two lines given their {@link #seconds} (-1 when unknown). */
    static boolean near(long t, int line, long o, int otherLine) {
        if (t >= 0 && o >= 0) return Math.abs(t - o) <= SECONDS;
        return Math.abs(line - otherLine) <= LINES;
    }

    /**
     * A time as {@link Envelope} cuts it ("Apr 27 2020 02:03:03", "Mar  1 00:00:01.123",
     * "2024-05-01T10:00:00Z") as seconds on a scale fit for comparing nearby times; -1 when unknown.
     * The year is left out: one device writes its log lines with it and its debug lines without
     * (IOS 'service timestamps log datetime year' beside 'service timestamps debug datetime msec'),
     * and a relay's year-less time stands beside an ISO one; two lines a year apart are never asked about.
     */
    public static long seconds(String time) {
        if (time == null || time.length() < 8) return -1;
        String s = time.trim();
        long day;
        int clock;
        if (s.length() >= 19 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            long month = num(s, 5, 7), d = num(s, 8, 10);
            day = month < 1 || d < 0 ? -1 : (month - 1) * 31 + d;
            clock = 11;
        } else {
            int m = s.length() >= 3 ? MONTHS.indexOf(s.substring(0, 3)) : -1;
            if (m < 0 || m % 3 != 0) return -1;
            String[] parts = SPACES.split(s.substring(3).trim());
            if (parts.length < 2) return -1;
            long d = num(parts[0], 0, parts[0].length());
            day = d < 0 ? -1 : (m / 3) * 31 + d;
            clock = s.indexOf(':') - 2;
        }
        if (clock < 0 || clock + 8 > s.length()) return -1;
        long h = num(s, clock, clock + 2), mi = num(s, clock + 3, clock + 5), se = num(s, clock + 6, clock + 8);
        if (day < 0 || h < 0 || mi < 0 || se < 0) return -1;
        return day * 86400 + h * 3600 + mi * 60 + se;
    }

    private static long num(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) return -1;
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
