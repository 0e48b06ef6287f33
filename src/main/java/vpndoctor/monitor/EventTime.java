package vpndoctor.monitor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A line's own envelope time ("Nov 26 10:00:01", "Nov 26 2026 10:00:01.123", ISO 8601) as an
 * instant. Classic syslog has no year and no zone: the year is the reference's (the previous one
 * when that would put the line more than a day in the future), the zone UTC unless written as an
 * offset. Null when the text is none of these forms: the caller then uses the receiving time.
 */
final class EventTime {
    private static final DateTimeFormatter MONTH_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d[ uuuu] HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .parseDefaulting(ChronoField.YEAR, 2000).toFormatter(Locale.ROOT);

    private EventTime() {}

    static Instant parse(String time, Instant reference) {
        if (time == null || time.isBlank()) return null;
        String t = time.trim().replaceAll("\\s+", " ");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        // drop a trailing zone word ("UTC", "CET"): read as UTC
        int sp = t.lastIndexOf(' ');
        if (sp > 0 && t.substring(sp + 1).chars().allMatch(Character::isUpperCase)) t = t.substring(0, sp);
        try {
            var parsed = MONTH_DAY.parse(t);
            LocalDateTime ldt = LocalDateTime.from(parsed);
            boolean hasYear = t.matches("\\S+ \\d+ \\d{4} .*");
            if (hasYear) return ldt.toInstant(ZoneOffset.UTC);
            int year = reference.atOffset(ZoneOffset.UTC).getYear();
            Instant at = ldt.withYear(year).toInstant(ZoneOffset.UTC);
            if (at.isAfter(reference.plusSeconds(86_400))) at = ldt.withYear(year - 1).toInstant(ZoneOffset.UTC);
            return at;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
