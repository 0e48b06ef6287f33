package vpndoctor.parse.log;

/**
 * Strips syslog and console envelopes (priority, timestamps, IOS sequence numbers, relay host names)
 * so message matching sees the device message. Hand-written scanning instead of one big regex:
 * prefixes are short, and an unknown prefix must simply be left in place (matchers search inside the
 * message, so leftover envelope text does no harm).
 */
final class Envelope {
    /** The message after the envelope, the timestamp as written and the relay host (each null when none was found). */
    record Stripped(String message, String time, String host) {
        Stripped(String message, String time) { this(message, time, null); }
    }

    /** Zone words accepted without a following colon (others could be the first word of a message, like "VPN"). */
    private static final String ZONES = " UTC GMT CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT BST IST JST AEST ";
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private Envelope() {}

    static Stripped strip(String line) {
        int n = line.length();
        int i = skipSpaces(line, 0);
        // a log export's CSV row (Splunk, Graylog): the message is the last quoted column
        if (i < n && line.charAt(i) == '"' && n - i > 2 && line.charAt(lastNonSpace(line)) == '"') return csvRow(line.stripTrailing(), i);
        // a log shipper's JSON line (GELF, an Elastic export): the message, time and host are fields
        if (i < n && line.charAt(i) == '{' && line.charAt(lastNonSpace(line)) == '}') {
            Stripped json = JsonLine.strip(line);
            if (json != null) return json;
        }
        // ASDM's saved log: "7|Oct 14 2016|22:46:14|713035|||||Group = ..." (severity|date|time|id|4 address columns|message)
        if (i + 1 < n && line.charAt(i + 1) == '|' && isDigit(line.charAt(i))) {
            Stripped asdm = asdmRow(line, i);
            if (asdm != null) return asdm;
        }
        // <PRI>
        if (i < n && line.charAt(i) == '<') {
            int j = i + 1;
            while (j < n && j < i + 5 && isDigit(line.charAt(j))) j++;
            if (j < n && j > i + 1 && line.charAt(j) == '>') i = j + 1;
        }
        // ASA 'logging emblem' puts a colon before its time ("<166>:Dec 06 10:00:00 UTC: %ASA-vpn-5-...", "<166>:%ASA-...")
        if (i < n && line.charAt(i) == ':') i = skipSpaces(line, i + 1);
        // RFC 5424: "1 TIMESTAMP HOST APP PROCID MSGID SD MSG"
        if (rfc5424At(line, i)) {
            return rfc5424(line, i + 2);
        }
        // IOS sequence number "123456: "
        int j = i;
        while (j < n && isDigit(line.charAt(j))) j++;
        if (j > i && j + 1 < n && line.charAt(j) == ':' && line.charAt(j + 1) == ' ') i = skipSpaces(line, j + 1);
        // IOS clock markers: '*' unsynchronised, '.' not authoritative
        if (i < n && (line.charAt(i) == '*' || line.charAt(i) == '.')) i++;
        int timeStart = i;
        int end = monthTimestamp(line, i);
        if (end < 0) end = isoTimestamp(line, i);
        if (end < 0) return new Stripped(emblemClass(rest(line, i)), null);
        String time = line.substring(timeStart, end);
        i = end;
        // optional time zone word ("UTC", "CET") and the colon IOS puts after the time
        int k = skipSpaces(line, i);
        int w = k;
        while (w < n && (Character.isUpperCase(line.charAt(w)) || line.charAt(w) == '/' && w > k)) w++;
        boolean colon = w < n && line.charAt(w) == ':';
        boolean pair = w - k <= 9 && w > k && line.charAt(w - 1) != '/' && line.lastIndexOf('/', w) > k; // EMBLEM's "MSK/MSD:"
        // a zone and its colon ("EDT:"), or a known zone word without one
        if (w > k && (w - k <= 5 && (colon || ZONES.contains(" " + line.substring(k, w) + " ")) || pair && colon)) {
            time = line.substring(timeStart, w);
            i = w;
        }
        if (i < n && line.charAt(i) == ':') i++;
        i = skipSpaces(line, i);
        i = skipKiwiPriority(line, i);
        int h = skipRelayHost(line, i);
        if (h == i) {
            Stripped inner = relayedEnvelope(line, i);
            if (inner != null) return new Stripped(inner.message(), time, inner.host() != null ? inner.host() : hostAt(line, i));
        }
        return new Stripped(emblemClass(rest(line, h)), time, h > i ? hostAt(line, i) : null);
    }

    /**
     * An ASA message as 'logging emblem' writes it, with its class between the platform and the level
     * ("%ASA-vpn-5-713904:", "%ASA-session-6-302013:", "%ASA-threat-detection-4-..."): the class is
     * taken out, so parsers see "%ASA-5-713904:". Anything else is returned as it is (two character
     * tests on a message that does not start with a '%' platform word and a lower-case letter).
     */
    static String emblemClass(String m) {
        if (m.length() < 8 || m.charAt(0) != '%') return m;
        int dash = m.indexOf('-');
        if (dash < 2 || dash > 5 || dash + 1 >= m.length()) return m;
        char c = m.charAt(dash + 1);
        if (c < 'a' || c > 'z') return m;
        for (int i = dash + 2; i + 2 < m.length() && i < dash + 40; i++) {
            char d = m.charAt(i);
            if (d == '-' && isDigit(m.charAt(i + 1)) && m.charAt(i + 2) == '-') return m.substring(0, dash) + m.substring(i);
            if (d == ' ' || d == ':') return m;
        }
        return m;
    }

    /**
     * A relay that could not read the device's header keeps it in the message ("Dec  6 10:00:01 10.0.0.1
     * Dec 06 2026 10:00:00: %ASA-...", "... rtr1 000123: *Dec  6 10:00:00.123: %CRYPTO-..."): the word
     * after the relay's time is the sender and the device's own envelope follows. Its parts (or null
     * when no envelope with a time or a '%' message follows the word).
     */
    private static Stripped relayedEnvelope(String s, int i) {
        int n = s.length();
        int j = fieldEnd(s, i);
        if (j == i || j >= n || s.charAt(j - 1) == ':') return null; // "112233:" is an IOS sequence number, not a sender
        int k = skipSpaces(s, j);
        if (k >= n) return null;
        char c = s.charAt(k);
        // cheap first-character test before the full strip: a month, an ISO date or an IOS sequence number, or a clock marker
        if (!(isDigit(c) || c == '*' || c == '.' || c == ':' || k + 3 <= n && MONTHS.indexOf(s.substring(k, k + 3)) % 3 == 0)) return null;
        Stripped inner = strip(s.substring(k));
        if (inner.message().length() == n - k) return null;
        // without a time of its own, only a sequence number before a '%' message ("rtr1 000042: %CRYPTO-...") is an envelope
        if (inner.time() == null && !(inner.message().startsWith("%") && (isDigit(c) || c == ':'))) return null;
        return inner;
    }

    /**
     * A row of ASDM's saved log viewer ("severity|date|time|syslog id|source|source port|destination|destination
     * port|message"): the message as the device sends it ("%ASA-7-713035: ..."), with the row's date and time.
     * Null when the columns are not those (nine, a one-digit severity, a six-digit id).
     */
    private static Stripped asdmRow(String s, int i) {
        String[] f = s.substring(i).split("\\|", 9);
        if (f.length != 9 || f[0].length() != 1 || f[3].length() != 6) return null;
        for (int k = 0; k < 6; k++) if (!isDigit(f[3].charAt(k))) return null;
        String time = (f[1].trim() + " " + f[2].trim()).trim();
        return new Stripped("%ASA-" + f[0] + "-" + f[3] + ": " + f[8].strip(), time.isEmpty() ? null : time);
    }

    /** Kiwi Syslog Server's log columns "date time<TAB>Local4.Info<TAB>host<TAB>message": the facility.level word is skipped. */
    private static int skipKiwiPriority(String s, int i) {
        int n = s.length();
        if (i >= n || !Character.isUpperCase(s.charAt(i))) return i;
        int j = fieldEnd(s, i);
        int dot = s.lastIndexOf('.', j - 1);
        if (dot <= i || j >= n) return i;
        return KIWI_LEVELS.contains(" " + s.substring(dot + 1, j) + " ") ? skipSpaces(s, j) : i;
    }

    private static final String KIWI_LEVELS = " Emerg Emergency Alert Crit Critical Error Err Warning Warn Notice Info Debug ";

    /**
     * A CSV row of a log export (RFC 4180: quoted fields, a quote doubled): the last column is the
     * message or the raw event (Splunk's _raw keeps its syslog header, Graylog's message does not); the
     * first column's time and the second's host stand in when the message has none.
     */
    private static Stripped csvRow(String s, int i) {
        Stripped notCsv = new Stripped(rest(s, i), null);
        java.util.List<String> fields = new java.util.ArrayList<>(4);
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) != '"') {
                int comma = s.indexOf(',', i);
                fields.add(s.substring(i, comma < 0 ? n : comma));
                if (comma < 0) break;
                i = comma + 1;
                continue;
            }
            StringBuilder f = new StringBuilder();
            int j = i + 1;
            while (true) {
                if (j >= n) return notCsv; // an unterminated quote: not a CSV row
                char c = s.charAt(j);
                if (c == '"') {
                    if (j + 1 < n && s.charAt(j + 1) == '"') { f.append('"'); j += 2; continue; }
                    break;
                }
                f.append(c);
                j++;
            }
            fields.add(f.toString());
            i = j + 1;
            if (i < n && s.charAt(i) != ',') return notCsv;
            if (i >= n) break;
            i++;
        }
        if (fields.size() < 2) return notCsv;
        Stripped raw = strip(fields.get(fields.size() - 1));
        String time = raw.time();
        String first = fields.get(0).strip();
        if (time == null && (isoTimestamp(first, 0) == first.length() || monthTimestamp(first, 0) == first.length())) time = first;
        String host = raw.host();
        if (host == null && fields.size() >= 3) {
            String second = fields.get(1).strip();
            if (!second.isEmpty() && second.indexOf(' ') < 0) host = second;
        }
        return new Stripped(raw.message(), time, host);
    }

    /** The host name starting at i (up to a space or colon). */
    private static String hostAt(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != ':') j++;
        return s.substring(i, j);
    }

    /**
     * "fw1 %ASA-...", "10.0.0.1 : %ASA-..." or, with a syslog tag after the host, "nocbox logger: %ASA-..."
     * (a line passed on with logger(1) or by a program) and "nocbox relay[812]: %ASA-...": a host name
     * (and its tag) is dropped only when a '%' message follows.
     */
    private static int skipRelayHost(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && s.charAt(j) != ' ') j++;
        if (j == i || j >= n) return i;
        int k = skipSpaces(s, j);
        if (k < n && s.charAt(k) == ':') k = skipSpaces(s, k + 1);
        if (k < n && s.charAt(k) == '%') return k;
        int t = tagEnd(s, k);
        if (t > 0) {
            t = skipSpaces(s, t);
            if (syslogMessage(s, t)) return t;
        }
        return i;
    }

    /** A '%' message at i: "%FACILITY-" in capitals ("%ASA-", "%CRYPTO-4-"), not "IKEv2:%Profile could not..." text. */
    private static boolean syslogMessage(String s, int i) {
        int n = s.length();
        if (i + 2 >= n || s.charAt(i) != '%') return false;
        int j = i + 1;
        while (j < n && (Character.isUpperCase(s.charAt(j)) || isDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        return j > i + 1 && j < n && s.charAt(j) == '-';
    }

    /** The end (after its colon) of a syslog tag at i: a program name starting with a letter, an optional "[pid]", a colon; else -1. */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        if (i >= n || !Character.isLetter(s.charAt(i))) return -1;
        int j = i + 1;
        while (j < n && j < i + 48) {
            char c = s.charAt(j);
            if (c == ':') return j + 1;
            if (c == '[') {
                int close = s.indexOf(']', j);
                return close > j + 1 && close + 1 < n && s.charAt(close + 1) == ':' ? close + 2 : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/')) return -1;
            j++;
        }
        return -1;
    }

    /** "Mon DD HH:MM:SS[.mmm]" or "Mon DD YYYY HH:MM:SS"; returns the end index or -1. */
    private static int monthTimestamp(String s, int i) {
        int n = s.length();
        if (i + 3 > n) return -1;
        int m = MONTHS.indexOf(s.substring(i, i + 3));
        if (m < 0 || m % 3 != 0) return -1;
        int j = skipSpaces(s, i + 3);
        if (j == i + 3) return -1;
        int d = j;
        while (j < n && isDigit(s.charAt(j))) j++;
        if (j == d || j - d > 2) return -1;
        j = skipSpaces(s, j);
        int y = j;
        while (j < n && isDigit(s.charAt(j))) j++;
        if (j - y == 4) j = skipSpaces(s, j); else j = y;
        return clock(s, j);
    }

    /** "2024-05-01T10:00:00[.fff][Z|+hh:mm]" or with a space instead of 'T'. */
    private static int isoTimestamp(String s, int i) {
        int n = s.length();
        if (i + 19 > n) return -1;
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(i + k);
            if (k == 4 || k == 7 ? c != '-' : !isDigit(c)) return -1;
        }
        char t = s.charAt(i + 10);
        if (t != 'T' && t != ' ') return -1;
        int j = clock(s, i + 11);
        if (j < 0) return -1;
        if (j < n && s.charAt(j) == 'Z') return j + 1;
        if (j + 6 <= n && (s.charAt(j) == '+' || s.charAt(j) == '-') && isDigit(s.charAt(j + 1)) && s.charAt(j + 3) == ':') return j + 6;
        // "+0000" (journalctl -o short-iso, strftime %z): four digits, no colon
        if (j + 5 <= n && (s.charAt(j) == '+' || s.charAt(j) == '-') && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                && isDigit(s.charAt(j + 3)) && isDigit(s.charAt(j + 4)) && (j + 5 == n || s.charAt(j + 5) == ' ')) return j + 5;
        return j;
    }

    /** HH:MM:SS with optional fraction; returns the end index or -1. */
    private static int clock(String s, int j) {
        int n = s.length();
        if (j + 8 > n) return -1;
        if (!isDigit(s.charAt(j)) || !isDigit(s.charAt(j + 1)) || s.charAt(j + 2) != ':'
                || !isDigit(s.charAt(j + 3)) || !isDigit(s.charAt(j + 4)) || s.charAt(j + 5) != ':'
                || !isDigit(s.charAt(j + 6)) || !isDigit(s.charAt(j + 7))) return -1;
        j += 8;
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) j++;
        }
        return j;
    }

    /**
     * RFC 5424's "1 " version then a full-date time ("1 2026-11-03T10:00:01Z ..."): a row of a show table
     * numbered 1 ("1 192.0.2.7 L2L Init No MM_ACTIVE ...", "1 none/none READY") is no envelope.
     */
    static boolean rfc5424At(String s, int i) {
        int n = s.length();
        if (i + 7 > n || s.charAt(i) != '1' || s.charAt(i + 1) != ' ') return false;
        for (int k = i + 2; k < i + 6; k++) if (!isDigit(s.charAt(k))) return false;
        return s.charAt(i + 6) == '-';
    }

    private static Stripped rfc5424(String s, int i) {
        int n = s.length();
        int end = fieldEnd(s, i);
        String time = s.substring(i, end);
        int hostStart = skipSpaces(s, end);
        String host = s.substring(hostStart, fieldEnd(s, hostStart));
        int j = end;
        for (int f = 0; f < 4 && j < n; f++) j = fieldEnd(s, skipSpaces(s, j)); // host app procid msgid
        j = skipSpaces(s, j);
        if (j < n && s.charAt(j) == '[') { // structured data: [..][..]
            while (j < n && s.charAt(j) == '[') {
                int close = s.indexOf(']', j);
                if (close < 0) { j = n; break; }
                j = close + 1;
            }
        } else if (j < n && s.charAt(j) == '-') {
            j++;
        }
        j = skipSpaces(s, j);
        if (j + 3 <= n && s.startsWith("\uFEFF", j)) j++;
        return new Stripped(rest(s, j), time.equals("-") ? null : time, host.isEmpty() || host.equals("-") ? null : host);
    }

    /** The index of the last character that is not a space (a terminal copy pads rows), or 0. */
    private static int lastNonSpace(String s) {
        int j = s.length() - 1;
        while (j > 0 && s.charAt(j) == ' ') j--;
        return j;
    }

    private static int fieldEnd(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ') j++;
        return j;
    }

    private static String rest(String s, int i) {
        return i == 0 ? s : s.substring(Math.min(i, s.length()));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
