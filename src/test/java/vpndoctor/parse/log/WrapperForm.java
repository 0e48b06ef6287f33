package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wrappers the same device lines reach users in: syslog relays and exports, device envelope
 * options, and what pasting does to text. Each says which real tool writes it. Transport forms
 * re-wrap only the lines a logger wrote ({@link LineParts#of}: a time or a bare syslog message);
 * show output, configs and undated debug stay as they are (no relay carries a pasted 'show').
 * Paste forms change every line. A form returns the whole file's text.
 */
enum WrapperForm {
    // ---- syslog relays and exports ----
    /** rsyslog RSYSLOG_TraditionalForwardFormat: "<%PRI%>%TIMESTAMP% %HOSTNAME% %syslogtag%%msg%". */
    RFC3164_RELAY(true) {
        @Override String wrap(LineParts p, String host, int n) {
            return "<166>" + p.clock().rfc3164Day() + " " + p.clock().hms() + " " + hostWord(host) + p.message();
        }
    },
    /**
     * A relay that cannot read the device's own header keeps it in the message and puts its own in
     * front (rsyslog's legacy parser on an ASA's "Dec 06 2026 10:00:00:" with the year, syslog-ng
     * with flags(no-parse)): "Dec  6 10:00:01 10.0.0.1 Dec 06 2026 10:00:00: %ASA-...", and for IOS
     * "... rtr1 000042: *Dec  6 10:00:00.123: %CRYPTO-...".
     */
    RELAY_NESTED(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            String inner = p.asaFamily() ? c.asaDay() + " " + c.year() + " " + c.hms() + ": " + p.message()
                    : String.format("%06d: *%s %s.%s: %s", n, c.rfc3164Day(), c.hms(), c.ms(), p.message());
            return c.rfc3164Day() + " " + c.hms() + " " + (host == null ? "10.0.0.1" : host) + " " + inner;
        }
    },
    /** RFC 5424 (rsyslog RSYSLOG_SyslogProtocol23Format): "<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG". */
    RFC5424(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return "<134>1 " + c.isoDate() + "T" + c.hms() + "." + c.ms() + "Z " + (host == null ? "-" : host) + " vpn - - - " + p.message();
        }
    },
    /** syslog-ng file destination with ts-format(iso): "${ISODATE} ${HOST} ${MSGHDR}${MSG}". */
    SYSLOG_NG_ISO(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return c.isoDate() + "T" + c.hms() + "+01:00 " + hostWord(host) + p.message();
        }
    },
    /** journalctl -o short-iso (device syslog received by rsyslog and written to the journal): zone without a colon. */
    JOURNALCTL_SHORT_ISO(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return c.isoDate() + "T" + c.hms() + "+0000 " + hostWord(host) + p.message();
        }
    },
    /** Kiwi Syslog Server's default log file: date and time, facility.level, host, message, tab-separated. */
    KIWI_TSV(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return c.isoDate() + " " + c.hms() + "\tLocal4.Info\t" + (host == null ? "10.0.0.1" : host) + "\t" + p.message();
        }
    },
    /**
     * Splunk Web "Export" of "| table _time host _raw | sort _time" as CSV (RFC 4180: fields quoted,
     * a quote doubled), the raw event as the file monitor indexed it. Splunk lists newest first unless
     * sorted: the reversed order is not covered (see the report of session 10).
     */
    SPLUNK_CSV(true) {
        @Override String header() { return "\"_time\",\"host\",\"_raw\""; }

        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            String raw = c.rfc3164Day() + " " + c.hms() + " " + hostWord(host) + p.message();
            return "\"" + c.isoDate() + "T" + c.hms() + "." + c.ms() + "+0000\",\"" + (host == null ? "" : host) + "\",\"" + raw.replace("\"", "\"\"") + "\"";
        }
    },
    /**
     * The same Splunk export without "| sort _time": a search lists the newest event first (Graylog,
     * Kibana's Discover and most SIEM exports do the same). Only a file whose every line a logger wrote
     * (each has a time) and whose times step up is listed so: a SIEM holds no pasted debug or show
     * output, and lines that all share one second give no order to tell.
     */
    SPLUNK_CSV_NEWEST_FIRST(true) {
        @Override String apply(List<String> lines) {
            if (!ascendingLoggerLines(lines)) return joinAsIs(lines, new StringBuilder(), "\n");
            String[] made = SPLUNK_CSV.apply(lines).split("\n", -1);
            StringBuilder out = new StringBuilder(made[0]).append('\n');
            for (int i = made.length - 2; i >= 1; i--) out.append(made[i]).append('\n'); // last element: after the final line feed
            return out.toString();
        }
    },
    /** journalctl -r -o short-iso (newest first) of the device's syslog kept by rsyslog in the journal. */
    JOURNALCTL_REVERSE(true) {
        @Override String apply(List<String> lines) {
            if (!ascendingLoggerLines(lines)) return joinAsIs(lines, new StringBuilder(), "\n");
            String[] made = JOURNALCTL_SHORT_ISO.apply(lines).split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (int i = made.length - 2; i >= 0; i--) out.append(made[i]).append('\n');
            return out.toString();
        }
    },
    /**
     * A relay host, then a message number, then no time of the device's own: IOS 'service
     * sequence-numbers' with 'no service timestamps' relayed ("Dec  6 10:00:01 rtr1 000042: %CRYPTO-..."),
     * or a relay template that numbers what it forwards (syslog-ng "${HOST} ${SEQNUM}: ${MSG}").
     */
    RELAY_SEQUENCE(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return String.format("%s %s %s %06d: %s", c.rfc3164Day(), c.hms(), host == null ? "10.0.0.1" : host, n, p.message());
        }
    },
    /**
     * Graylog GELF as a shipper writes it to a file (one JSON object a line): the device message in
     * short_message, the time as seconds since 1970 with milliseconds, the sender in host.
     */
    GELF_JSON(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            long epoch = java.time.LocalDateTime.of(c.year(), c.month(), c.day(), c.hour(), c.minute(), c.second())
                    .toEpochSecond(java.time.ZoneOffset.UTC);
            return "{\"version\":\"1.1\",\"host\":\"" + (host == null ? "10.0.0.1" : json(host)) + "\",\"short_message\":\"" + json(p.message())
                    + "\",\"timestamp\":" + epoch + "." + c.ms() + ",\"level\":6,\"_facility\":\"local4\"}";
        }
    },
    /**
     * NXLog's to_json after parse_syslog_bsd(), as its file output writes it: the time as
     * "YYYY-MM-DD HH:MM:SS", the sender in Hostname, and the ASA's "%ASA-5-713119" taken for the
     * program name (SourceName) with the rest left in Message (shippers' BSD parsers do this: a
     * Logstash rsyslog pipeline tests syslog_program for "%ASA-"). IOS messages stay whole in Message.
     */
    NXLOG_JSON(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            String m = p.message();
            int colon = m.indexOf(": ");
            String program = p.asaFamily() && colon > 0 ? m.substring(0, colon) : "";
            String rest = program.isEmpty() ? m : m.substring(colon + 2);
            return "{\"EventReceivedTime\":\"" + c.isoDate() + " " + c.hms() + "\",\"SourceModuleName\":\"udp514\",\"SourceModuleType\":\"im_udp\","
                    + "\"SyslogFacilityValue\":20,\"SyslogFacility\":\"LOCAL4\",\"SyslogSeverityValue\":6,\"SyslogSeverity\":\"INFO\","
                    + "\"Hostname\":\"" + (host == null ? "10.0.0.1" : json(host)) + "\",\"EventTime\":\"" + c.isoDate() + " " + c.hms() + "\","
                    + (program.isEmpty() ? "" : "\"SourceName\":\"" + json(program) + "\",") + "\"Message\":\"" + json(rest) + "\"}";
        }
    },
    /** Kibana/Elastic ndjson export of a Filebeat syslog input: the raw line kept in event.original, the host nested. */
    ELASTIC_NDJSON(true) {
        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            String raw = c.rfc3164Day() + " " + c.hms() + " " + hostWord(host) + p.message();
            return "{\"@timestamp\":\"" + c.isoDate() + "T" + c.hms() + "." + c.ms() + "Z\",\"host\":{\"name\":\"" + (host == null ? "fw1" : json(host))
                    + "\"},\"event\":{\"original\":\"" + json(raw) + "\",\"module\":\"cisco\"},\"input\":{\"type\":\"udp\"}}";
        }
    },
    /**
     * A device's lines passed on from a NOC host with logger(1) or a program into its local syslog:
     * "Dec  6 10:00:00 nocbox logger: %ASA-...", the NOC host named, the device not (one device's file).
     */
    LOGGER_LOCAL(true) {
        @Override boolean oneDevice() { return true; }

        /** A line of exactly 80 columns keeps its envelope (see apply): here it would keep the device's name beside the NOC host's, two devices. */
        @Override String apply(List<String> lines) {
            if (lines.stream().anyMatch(l -> l.length() == 80 && LineParts.of(l) != null)) return joinAsIs(lines, new StringBuilder(), "\n");
            return super.apply(lines);
        }

        @Override String wrap(LineParts p, String host, int n) {
            LineParts.Clock c = p.clock();
            return c.rfc3164Day() + " " + c.hms() + " nocbox logger: " + p.message();
        }
    },
    /** An ASA's 'show logging': its settings block, then the buffer with 'logging timestamp' (one device). */
    SHOW_LOGGING_ASA(true) {
        @Override boolean oneDevice() { return true; }

        @Override String apply(List<String> lines) {
            if (lines.stream().map(LineParts::of).noneMatch(p -> p != null && p.asaFamily()) || !inTimeOrder(lines)) return joinAsIs(lines, new StringBuilder(), "\n");
            return ASA_SHOW_LOGGING_HEADER + ASA_TIMESTAMP_YEAR.apply(lines);
        }
    },
    /** A router's 'show logging': its settings block and "Log Buffer (...):", then the buffer as the device wrote it. */
    SHOW_LOGGING_IOS(true) {
        @Override boolean iosOnly() { return true; }

        @Override String apply(List<String> lines) {
            if (lines.stream().map(LineParts::of).anyMatch(p -> p != null && p.asaFamily()) || !inTimeOrder(lines)) return joinAsIs(lines, new StringBuilder(), "\n");
            return IOS_SHOW_LOGGING_HEADER + joinAsIs(lines, new StringBuilder(), "\n");
        }
    },
    // ---- ASA EMBLEM ('logging emblem') ----
    /**
     * ASA 'logging emblem' with 'logging timestamp', as a raw receiver keeps it: "<166>:Dec 06 10:00:00
     * UTC: %ASA-vpn-5-713904: ..." (a colon before the time, the zone, and the message's class between
     * the platform and the level; CiscoWorks RME's format).
     */
    ASA_EMBLEM(true) {
        /** EMBLEM carries no device id ('logging device-id' is for the other format): one device's capture. */
        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (!p.asaFamily()) return null;
            return "<166>:" + p.clock().asaDay() + " " + p.clock().hms() + " UTC: " + emblem(p.message());
        }
    },
    /** The same through rsyslog, which reads no time after the colon and puts its own envelope in front: "Dec  6 10:00:01 10.0.0.1 :Dec 06 10:00:00 UTC: %ASA-vpn-5-...". */
    ASA_EMBLEM_RELAYED(true) {
        @Override String wrap(LineParts p, String host, int n) {
            if (!p.asaFamily()) return null;
            LineParts.Clock c = p.clock();
            return c.rfc3164Day() + " " + c.hms() + " " + (host == null ? "10.0.0.1" : host) + " :" + c.asaDay() + " " + c.hms() + " UTC: " + emblem(p.message());
        }
    },
    // ---- ASA envelope options ----
    /** ASA 'logging timestamp' (with the year) as 'show logging' prints one device's buffer (no host; a central log of several devices is kept as it is). */
    ASA_TIMESTAMP_YEAR(true) {
        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (!p.asaFamily()) return null;
            return p.clock().asaDay() + " " + p.clock().year() + " " + p.clock().hms() + ": " + p.message();
        }
    },
    /** ASA 'logging device-id hostname' with 'logging timestamp', as a raw receiver writes it: "<166>Dec 06 2026 10:00:00 fw1 : %ASA-...". */
    ASA_DEVICE_ID(true) {
        @Override String wrap(LineParts p, String host, int n) {
            if (!p.asaFamily()) return null;
            return "<166>" + p.clock().asaDay() + " " + p.clock().year() + " " + p.clock().hms() + " " + (host == null ? "fw1" : host) + " : " + p.message();
        }
    },
    /** ASA 9.10+ 'logging timestamp rfc5424': "<166>2018-06-27T12:17:46Z asa : %ASA-6-110002: ..." (the ASA syslog guide's own sample; no version field). */
    ASA_TIMESTAMP_RFC5424(true) {
        @Override String wrap(LineParts p, String host, int n) {
            if (!p.asaFamily()) return null;
            LineParts.Clock c = p.clock();
            return "<166>" + c.isoDate() + "T" + c.hms() + "Z " + (host == null ? "asa" : host) + " : " + p.message();
        }
    },
    // ---- IOS envelope options (a router's own buffer or console: one device; a central log naming several is kept) ----
    /** IOS 'service sequence-numbers' + 'service timestamps log datetime year msec localtime show-timezone', '*' = clock not set. */
    IOS_SEQ_YEAR_ZONE(true) {
        @Override boolean iosOnly() { return true; }

        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (p.asaFamily()) return null;
            LineParts.Clock c = p.clock();
            return String.format("%06d: *%s %d %s.%s CET: %s", n, c.rfc3164Day(), c.year(), c.hms(), c.ms(), p.message());
        }
    },
    /** IOS with NTP configured but not synchronised: '.' before the time (not authoritative), msec. */
    IOS_NOT_AUTHORITATIVE(true) {
        @Override boolean iosOnly() { return true; }

        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (p.asaFamily()) return null;
            LineParts.Clock c = p.clock();
            return "." + c.rfc3164Day() + " " + c.hms() + "." + c.ms() + ": " + p.message();
        }
    },
    /** IOS 'service timestamps log uptime' under a day ("00:12:34:"), the clock read as the uptime, with 'service sequence-numbers'. */
    IOS_UPTIME(true) {
        @Override boolean iosOnly() { return true; }

        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (p.asaFamily()) return null;
            return String.format("%06d: %s: %s", n, p.clock().hms(), p.message());
        }
    },
    /** IOS 'service timestamps log uptime' after a day: "1d02h:" (the time of day is lost: only the hour is left). */
    IOS_UPTIME_DAYS(true) {
        @Override boolean iosOnly() { return true; }

        @Override boolean oneDevice() { return true; }

        @Override String wrap(LineParts p, String host, int n) {
            if (p.asaFamily()) return null;
            return String.format("1d%02dh: %s", p.clock().hour(), p.message());
        }
    },
    // ---- pastes ----
    /** A file saved on Windows (Notepad, PuTTY logs): CRLF line ends. */
    CRLF(false) {
        @Override String separator() { return "\r\n"; }
    },
    /** Terminal copies pad lines with spaces to the column they were selected to (PuTTY, Windows console). */
    TRAILING_SPACES(false) {
        @Override String paste(String line) { return line.isEmpty() ? line : line + "   "; }
    },
    /** Tabs instead of spaces in the prefix (an editor's "convert spaces to tabs", Excel copy of columns). */
    TABS_IN_PREFIX(false) {
        @Override String paste(String line) {
            LineParts p = LineParts.of(line);
            int at = p == null ? -1 : line.indexOf(p.message());
            if (at <= 0) return line;
            return line.substring(0, at).replaceAll(" +", "\t") + line.substring(at);
        }
    },
    /** A Markdown code block or a forum's indented quote: four leading spaces. */
    LEADING_SPACES(false) {
        @Override String paste(String line) { return line.isEmpty() ? line : "    " + line; }
    },
    /** A reply in a plain-text e-mail (Thunderbird, mutt, Outlook's plain-text quoting): "> " before every line. */
    EMAIL_QUOTE(false) {
        @Override String paste(String line) { return line.isEmpty() ? ">" : "> " + line; }
    },
    /** Copied from a web page whose log was laid out with &nbsp; (forum posts, vendor pages): U+00A0 for every space. */
    NBSP(false) {
        @Override String paste(String line) { return line.replace(' ', '\u00A0'); }
    },
    /** Windows Notepad's "UTF-8 with BOM": EF BB BF before the first line. */
    BOM(false) {
        @Override String header() { return "\uFEFF"; }

        @Override boolean headerIsOwnLine() { return false; }
    },
    /**
     * tmux capture-pane without -J (or a console copy): every logged line (one with a log header)
     * longer than 80 columns broken at 80. Undated debug and show output are left whole: there a
     * cut cannot be told from a line end (TerminalWrap joins only a number cut in two), so the
     * verdict may change; that limit is TerminalWrap's, stated there, not asserted here.
     */
    WRAP_80(false) {
        @Override List<String> pasteLines(String line) {
            if (LineParts.of(line) == null) return List.of(line);
            List<String> out = new ArrayList<>();
            int i = 0;
            while (line.length() - i > 80) {
                out.add(line.substring(i, i + 80));
                i += 80;
            }
            out.add(line.substring(i));
            return out;
        }
    },
    /** The same in a terminal of 132 columns (a VT100's wide mode, a resized window): the width is told from the pieces. */
    WRAP_132(false) {
        @Override List<String> pasteLines(String line) {
            if (LineParts.of(line) == null) return List.of(line);
            List<String> out = new ArrayList<>();
            int i = 0;
            while (line.length() - i > 132) {
                out.add(line.substring(i, i + 132));
                i += 132;
            }
            out.add(line.substring(i));
            return out;
        }
    };

    /** Whether this is a transport form (re-wraps the lines a logger wrote) rather than a paste. */
    final boolean transport;

    WrapperForm(boolean transport) {
        this.transport = transport;
    }

    /** The line in this wrapper, or null to keep the original (a form only for another platform's messages). n: the line's number in its file. */
    String wrap(LineParts p, String host, int n) { return null; }

    String wrap(LineParts p, String host, int n, String original) { return wrap(p, host, n); }

    String paste(String line) { return line; }

    /** A form of one device's own output: a file naming several hosts is left as it is. */
    boolean oneDevice() { return false; }

    /** An IOS envelope option: an ASA's file (any ASA message in it) is left as it is. */
    boolean iosOnly() { return false; }

    List<String> pasteLines(String line) { return List.of(paste(line)); }

    /** A terminal's cut ({@link #WRAP_80}, {@link #WRAP_132}): a file a terminal already broke is not broken again. */
    boolean breaksLines() {
        return this == WRAP_80 || this == WRAP_132;
    }

    /** A paste that makes lines longer or shorter (in bytes): on a file a terminal already broke, it moves the cut off column 80. */
    boolean changesWidths() {
        return this == TRAILING_SPACES || this == TABS_IN_PREFIX || this == LEADING_SPACES || this == EMAIL_QUOTE || this == NBSP;
    }

    String header() { return null; }

    boolean headerIsOwnLine() { return true; }

    String separator() { return "\n"; }

    /** The file re-wrapped: lines as read (without their ends). */
    String apply(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String sep = separator();
        if (header() != null) {
            out.append(header());
            if (headerIsOwnLine()) out.append(sep);
        }
        // a logger receives an IOS message as one line: only a console shows RECVD_PKT_* on two (TerminalWrap.SPLIT)
        if (transport) lines = consoleMessagesJoined(lines);
        String host = transport ? onlyHost(lines) : null;
        if (oneDevice() && host == null) return joinAsIs(lines, out, sep);
        if (iosOnly() && lines.stream().map(LineParts::of).anyMatch(p -> p != null && p.asaFamily())) return joinAsIs(lines, out, sep);
        int n = 0;
        for (String line : lines) {
            n++;
            List<String> made;
            if (transport) {
                // a line of exactly 80 columns may be a terminal's cut (made after the envelope): its envelope stays
                LineParts p = line.length() == 80 ? null : LineParts.of(line);
                // a hostless line of a central log (several hosts) is kept: which device a relay would name is unknown here
                String w = p == null || p.host() == null && host == null ? null
                        : wrap(p.clock() == null ? p.withNoonClock() : p, p.host() != null ? p.host() : host, n, line);
                made = List.of(w == null ? line : w);
            } else {
                made = pasteLines(line);
            }
            for (String m : made) out.append(m).append(sep);
        }
        return out.toString();
    }

    /** The lines with each IOS message a console printed on two lines ({@link TerminalWrap#splitHead}) joined as one. */
    static List<String> consoleMessagesJoined(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            byte[] b = line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (i + 1 < lines.size() && TerminalWrap.splitHead(b, 0, b.length)) {
                byte[] next = lines.get(i + 1).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                if (TerminalWrap.continues(TerminalWrap.SPLIT, line, next, 0, next.length)) {
                    out.add(line.stripTrailing() + " " + lines.get(++i).strip());
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    static String joinAsIs(List<String> lines, StringBuilder out, String sep) {
        for (String line : lines) out.append(line).append(sep);
        return out.toString();
    }

    /** The host a relay names for lines whose own envelope named none: the file's one host, "fw1" when it names none, none when it names several. */
    private static String onlyHost(List<String> lines) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String line : lines) {
            LineParts p = LineParts.of(line);
            if (p != null && p.host() != null) hosts.add(p.host());
        }
        return hosts.isEmpty() ? "fw1" : hosts.size() == 1 ? hosts.iterator().next() : null;
    }

    /** A device's buffer is in time order: a file whose dated lines step down more than once (a newest-first export) is no buffer. */
    static boolean inTimeOrder(List<String> lines) {
        long last = -1;
        int downs = 0;
        for (String line : lines) {
            LineParts p = LineParts.of(line);
            if (p == null || p.clock() == null) continue;
            long t = seconds(p.clock());
            if (last >= 0 && t < last) downs++;
            last = t;
        }
        return downs <= 1;
    }

    private static long seconds(LineParts.Clock c) {
        return ((c.month() * 31L + c.day()) * 24 + c.hour()) * 3600 + c.minute() * 60L + c.second();
    }

    /** Whether every non-blank line is a logger's line with a time, the times never step down and step up at least twice. */
    static boolean ascendingLoggerLines(List<String> lines) {
        long last = -1;
        int ups = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            LineParts p = line.length() == 80 ? null : LineParts.of(line);
            if (p == null || p.clock() == null) return false;
            long t = seconds(p.clock());
            if (last >= 0 && t < last) return false;
            if (last >= 0 && t > last) ups++;
            last = t;
        }
        return ups >= 2;
    }

    /** An ASA message as 'logging emblem' writes it: the message class after the platform ("%ASA-vpn-5-713904:"), by the id's first three digits as the syslog guide groups them. */
    static String emblem(String message) {
        int dash = message.indexOf('-');
        if (dash < 0 || message.length() < dash + 9) return message;
        String id = message.substring(dash + 3, dash + 6);
        String cls = switch (id) {
            case "302", "303", "304", "305", "106", "108", "710" -> "session";
            case "713", "715", "714", "602", "702", "402", "404", "501", "316", "320" -> "vpn";
            case "750", "751", "752" -> "ikev2";
            case "717" -> "ca";
            case "722" -> "svc";
            case "716" -> "webvpn";
            case "109", "113" -> "auth";
            case "111", "112" -> "config";
            case "734" -> "dap";
            default -> "sys";
        };
        return message.substring(0, dash + 1) + cls + message.substring(dash);
    }

    /** An ASA 9.x 'show logging' before its buffer (the syslog server's address among the settings). */
    static final String ASA_SHOW_LOGGING_HEADER = String.join("\n",
            "asa-hq# show logging",
            "Syslog logging: enabled",
            "    Facility: 20",
            "    Timestamp logging: enabled",
            "    Timezone: disabled",
            "    Logging Format: disabled",
            "    Hide Username logging: enabled",
            "    Standby logging: disabled",
            "    Debug-trace logging: disabled",
            "    Console logging: disabled",
            "    Monitor logging: disabled",
            "    Buffer logging: level debugging, 1432 messages logged",
            "    Trap logging: level informational, facility 20, 1290 messages logged",
            "        Logging to inside 192.0.2.10",
            "    Permit-hostdown logging: disabled",
            "    History logging: disabled",
            "    Device ID: disabled",
            "    Mail logging: disabled",
            "    ASDM logging: level informational, 1290 messages logged") + "\n";

    /** An IOS 15 'show logging' before "Log Buffer": counters, the syslog server with its port, the buffer size. */
    static final String IOS_SHOW_LOGGING_HEADER = String.join("\n",
            "rtr1#show logging",
            "Syslog logging: enabled (0 messages dropped, 3 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)",
            "",
            "No Active Message Discriminator.",
            "",
            "",
            "No Inactive Message Discriminator.",
            "",
            "",
            "    Console logging: level debugging, 45 messages logged, xml disabled,",
            "                     filtering disabled",
            "    Monitor logging: level debugging, 0 messages logged, xml disabled,",
            "                     filtering disabled",
            "    Buffer logging:  level debugging, 45 messages logged, xml disabled,",
            "                    filtering disabled",
            "    Exception Logging: size (4096 bytes)",
            "    Count and timestamp logging messages: disabled",
            "    Persistent logging: disabled",
            "",
            "No active filter modules.",
            "",
            "    Trap logging: level informational, 40 message lines logged",
            "        Logging to 192.0.2.10  (udp port 514, audit disabled,",
            "              link up),",
            "              40 message lines logged,",
            "              0 message lines rate-limited,",
            "              0 message lines dropped-by-MD,",
            "              xml disabled, sequence number disabled",
            "              filtering disabled",
            "        Logging Source-Interface:       VRF Name:",
            "",
            "Log Buffer (8192 bytes):",
            "") + "\n";

    /** Text as a JSON string's content. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch)); else out.append(ch);
                }
            }
        }
        return out.toString();
    }

    private static String hostWord(String host) {
        return host == null ? "" : host + " ";
    }
}
