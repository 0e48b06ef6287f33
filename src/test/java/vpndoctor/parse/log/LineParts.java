package vpndoctor.parse.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One log line taken apart the way a syslog server would before re-wrapping it: the device message,
 * its time (as calendar fields) and the sending host. Test code for {@link WrapperForm}: the
 * original line is split by the production {@link Envelope} (the point of the metamorphic test is
 * that a different wrapper around the same message gives the same verdict, not that Envelope reads
 * the originals right: SampleCasesTest covers that).
 */
record LineParts(String message, Clock clock, String host) {
    /** A time of day on a calendar day; year 2026 when the original had none (one year for the whole case). */
    record Clock(int year, int month, int day, int hour, int minute, int second, int millis) {
        private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

        String mon() { return MONTHS[month - 1]; }

        String hms() { return String.format("%02d:%02d:%02d", hour, minute, second); }

        String ms() { return String.format("%03d", millis); }

        String isoDate() { return String.format("%04d-%02d-%02d", year, month, day); }

        /** "Dec  6" (RFC 3164: the day space-padded). */
        String rfc3164Day() { return String.format("%s %2d", mon(), day); }

        /** "Dec 06" (ASA 'logging timestamp': the day zero-padded). */
        String asaDay() { return String.format("%s %02d", mon(), day); }
    }

    /** A bare syslog message as a syslog server stamps it on receipt: one fixed time for all (so no time window separates lines that had none). */
    LineParts withNoonClock() {
        return new LineParts(message, new Clock(2026, 12, 6, 12, 0, 0, 0), host);
    }

    private static final Pattern MONTH_TIME = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\\d{1,2})(?: +(\\d{4}))? +(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?.*");
    private static final Pattern ISO_TIME = Pattern.compile(
            "(\\d{4})-(\\d\\d)-(\\d\\d)[T ](\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?.*");

    /** The parts of a line that a logger wrote (it has a time, or it is a bare syslog message), else null: show output, configs and undated debug stay as they are. */
    static LineParts of(String line) {
        Envelope.Stripped s = Envelope.strip(TextNormalizer.normalize(line));
        String msg = s.message().strip();
        if (msg.isEmpty()) return null;
        Clock clock = s.time() == null ? null : clock(s.time());
        if (clock == null && !(msg.startsWith("%") && line.stripLeading().startsWith("%"))) return null;
        return new LineParts(msg, clock, s.host());
    }

    private static Clock clock(String time) {
        Matcher m = MONTH_TIME.matcher(time);
        if (m.matches()) {
            int month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m.group(1)) / 3 + 1;
            return new Clock(m.group(3) == null ? 2026 : Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), millis(m.group(7)));
        }
        m = ISO_TIME.matcher(time);
        if (m.matches()) {
            return new Clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), millis(m.group(7)));
        }
        return null;
    }

    private static int millis(String frac) {
        if (frac == null) return 0;
        return Integer.parseInt((frac + "00").substring(0, 3));
    }

    /** Whether the message is an ASA/PIX/FTD syslog message (ASA envelopes apply), as opposed to IOS syslog or debug text. */
    boolean asaFamily() {
        return message.startsWith("%ASA-") || message.startsWith("%PIX-") || message.startsWith("%FTD-") || message.startsWith("%FWSM-");
    }
}
