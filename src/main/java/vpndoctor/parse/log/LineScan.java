package vpndoctor.parse.log;

import vpndoctor.model.EventKind;
import vpndoctor.model.Platform;

/**
 * What can be known about one line from its bytes alone, before it is a String and without the
 * source's context: that it is irrelevant, that it is an ASA message of no interest, or the event
 * of an ASA connection/translation message, else that it needs the full path
 * ({@link LineClassifier#line}). Pure function of the bytes, so the reader thread computes it while
 * the parser thread works on earlier lines. Only printable-ASCII lines are judged here: for them the
 * full path's normalizing is the identity, so both paths see the same text.
 */
final class LineScan {
    enum Verdict {
        /** Needs the full path. */
        SLOW,
        /** No relevance keyword at all. */
        IRRELEVANT,
        /** A %ASA-/%PIX-/%FWSM- message that yields no event and no context change but the platform. */
        SYSLOG_IRRELEVANT,
        /** A connection/translation event: {@link #parsed}, {@link #key}, {@link #platform}, {@link #time}. */
        SYSLOG_EVENT,
    }

    private static final int MAX_ATTRS = 8;

    Verdict verdict;
    Platform platform;
    String time;
    /** The event of a SYSLOG_EVENT line: kind and attributes in insertion order (no peer, no local). */
    EventKind kind;
    final String[] names = new String[MAX_ATTRS];
    final String[] values = new String[MAX_ATTRS];
    int attrCount;
    /** {@link EventStore#key} of that event. */
    String key;

    /** Judges b[off, off+len), one line without its terminator. */
    void scan(byte[] b, int off, int len) {
        verdict = Verdict.SLOW;
        platform = null;
        time = null;
        kind = null;
        attrCount = 0;
        key = null;
        if (len > LineLimits.MAX_CHARS) return;
        int end = off + len;
        int asa = -1, pix = -1, fwsm = -1;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c < 0x20 || c > 0x7E) return; // tabs, controls, non-ASCII: the normalizer may change the text
            if (c == '%' && asa < 0 && i + 4 < end) {
                if (b[i + 1] == 'A' && b[i + 2] == 'S' && b[i + 3] == 'A' && b[i + 4] == '-') asa = i;
                else if (pix < 0 && b[i + 1] == 'P' && b[i + 2] == 'I' && b[i + 3] == 'X' && b[i + 4] == '-') pix = i;
                else if (fwsm < 0 && i + 5 < end && b[i + 1] == 'F' && b[i + 2] == 'W' && b[i + 3] == 'S' && b[i + 4] == 'M' && b[i + 5] == '-') fwsm = i;
            }
        }
        int at = asa >= 0 ? asa : pix >= 0 ? pix : fwsm; // MessageParser.syslogMarker's order
        if (at < 0) {
            if (!RelevanceFilter.mayBeRelevant(b, off, len)) verdict = Verdict.IRRELEVANT;
            return;
        }
        // the envelope must end exactly at the marker (else the full path may see another message)
        Envelope.Stripped env = Envelope.strip(AsciiBytes.string(b, off, at + 1));
        if (!env.message().equals("%")) return;
        int words = RareWords.scan(b, at, end);
        if ((words & RareWords.RARE) != 0) return;
        platform = asa >= 0 || fwsm >= at || AsciiBytes.indexOf(b, at, end, "%FWSM-") >= 0 ? Platform.ASA : Platform.PIX;
        time = env.time();
        int id = messageId(b, at, end);
        if (id < 0) {
            verdict = Verdict.SYSLOG_IRRELEVANT; // no id: no family, nothing matches
            return;
        }
        int family = id / 1000;
        if (id / 100_000 == 7 || family == 402 || family == 602 || id == 113019) return; // VPN families: unknown ones are shown
        if (family != 302 && family != 305) {
            // the id-independent rules all need a rare word: none here, so nothing matches
            verdict = Verdict.SYSLOG_IRRELEVANT;
            return;
        }
        int colon = AsciiBytes.indexOf(b, at, end, ":");
        if (colon < 0) return;
        int from = colon + 1, to = end;
        while (from < to && b[from] == ' ') from++;
        while (to > from && b[to - 1] == ' ') to--;
        switch (AsaConnScanner.scan(b, from, to, words, this)) {
            case EVENT -> {
                verdict = Verdict.SYSLOG_EVENT;
                key = EventStore.key(kind, null, null, names, values, attrCount);
            }
            case IGNORED -> verdict = Verdict.SYSLOG_IRRELEVANT;
            case SLOW -> { }
        }
    }

    LineScan is(EventKind k) {
        kind = k;
        return this;
    }

    /** As {@link Parsed#attr}: trimmed, empty and null values dropped (scanned values have no spaces, but a reason may). */
    LineScan attr(String name, String value) {
        if (value == null) return this;
        String v = value.trim();
        if (v.isEmpty()) return this;
        for (int i = 0; i < attrCount; i++) {
            if (names[i].equals(name)) { values[i] = v; return this; }
        }
        names[attrCount] = name;
        values[attrCount++] = v;
        return this;
    }

    /** As {@link Parsed#addr} for an address the scanner has checked already. */
    LineScan addr(String name, String ipv4) {
        return attr(name, ipv4);
    }

    /** The scanned event as the full path would have parsed it (tunnelless: connection lines name hosts, not a tunnel). */
    void toParsed(Parsed out) {
        out.reset();
        out.is(kind);
        out.tunnelless = true;
        for (int i = 0; i < attrCount; i++) out.attr(names[i], values[i]);
    }

    /** The 6-digit id of "%ASA-6-302013:" as {@link AsaSyslogParser#id} reads it, or -1. */
    static int messageId(byte[] b, int at, int end) {
        int dash = -1;
        for (int i = at + 1; i < end; i++) {
            if (b[i] == '-') { dash = i; break; }
        }
        if (dash < 0 || dash + 2 >= end) return -1;
        int i = dash + 3;
        int j = i;
        int id = 0;
        while (j < end && j - i < 6 && AsciiBytes.isDigit(b[j])) id = id * 10 + (b[j++] - '0');
        return j - i == 6 ? id : -1;
    }
}
