package vpndoctor.parse.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
        /** A connection/translation event: {@link #toParsed}, {@link #key}, {@link #platform}, {@link #time}. */
        SYSLOG_EVENT,
    }

    private static final int MAX_ATTRS = 8;
    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Platform[] PLATFORMS = Platform.values();
    private static final EventKind[] KINDS = EventKind.values();
    /** The attribute names the connection scanner gives, by number (see {@link #attr(int, int, int)}). */
    static final String[] NAMES = {"direction", "proto", "srcIf", "src", "dstIf", "dst", "type", "fromIf", "from", "toIf", "to", "reason"};
    static final int DIRECTION = 0, PROTO = 1, SRC_IF = 2, SRC = 3, DST_IF = 4, DST = 5, TYPE = 6, FROM_IF = 7, FROM = 8, TO_IF = 9, TO = 10,
            REASON = 11;

    // What a scan finds is kept in numbers and byte ranges, not references: these objects are reused
    // for millions of lines, and under G1 every reference stored into an old object is a card to
    // refine (measured: a quarter of the CPU of a large run). Strings are made by the consumer.
    private int verdict;
    private int platform;
    /** The line's time: bytes [timeFrom, timeTo) of the line, or otherTime (an envelope only Envelope reads), or none. */
    private int timeFrom, timeTo;
    /**
     * The first and last eight bytes of that time (when it has 8 to 16 bytes), read here while the line
     * is in this thread's cache: the consumer knows the second has not changed without reading the line.
     */
    private long timeHead, timeTail;
    private String otherTime;
    /** The line's logging host: bytes [hostFrom, hostTo) of the line, or otherHost (an envelope only Envelope reads), or none. */
    private int hostFrom, hostTo;
    private String otherHost;
    /**
     * The event of a SYSLOG_EVENT line: kind and attributes in insertion order (no peer, no local).
     * Values are ranges of the line's bytes (lower-cased when asked) or the literal "none", so a line
     * whose event exists already costs no String.
     */
    private int kind;
    private final int[] names = new int[MAX_ATTRS];
    private final int[] valueFrom = new int[MAX_ATTRS];
    private final int[] valueTo = new int[MAX_ATTRS];
    private final boolean[] lowerCase = new boolean[MAX_ATTRS];
    private final boolean[] none = new boolean[MAX_ATTRS];
    private int attrCount;
    /** {@link RareWords#CONNECTION} flags of the free text {@link AsaConnScanner} reported ({@link #free}). */
    int freeWords;
    /** Where the last end {@link AsaConnScanner} read has its colon and its address ends (scratch for the scanner). */
    int endColon, endAddr;
    /** {@link KeyHash} of that event's key, computed without making the key. */
    long keyHash;
    /** The classifier's pre-parse of a SLOW line, made by the thread that scanned its batch (null when none: see PreParsed). */
    PreParsed pre;
    /** {@link EventStore#key} of that event, made on demand ({@link #key(byte[])}) from {@link #keyBytes}. */
    private String key;
    private byte[] keyBytes = new byte[160];

    Verdict verdict() { return VERDICTS[verdict]; }

    /** Marks the line for the full path without looking at it. */
    void slow() { verdict = Verdict.SLOW.ordinal(); }

    Platform platform() { return platform < 0 ? null : PLATFORMS[platform]; }

    EventKind kind() { return kind < 0 ? null : KINDS[kind]; }

    /** The line's time (b: the bytes it was scanned from; times: the consumer's cache, one String per second). */
    String time(byte[] b, SyslogTime times) {
        if (otherTime != null) return otherTime;
        return timeTo < 0 ? null : times.time(b, timeFrom, timeTo, timeHead, timeTail);
    }

    /** Whether the line names its logging host (see {@link #host}). */
    boolean hasHost() { return otherHost != null || hostTo > hostFrom && hostTo >= 0; }

    /** The line's logging host as the full path's Envelope reads it, or null; last: the consumer's previous one, reused when equal (no String per line). */
    String host(byte[] b, String last) {
        if (otherHost != null) return otherHost;
        if (hostTo < 0 || hostTo <= hostFrom) return null;
        int n = hostTo - hostFrom;
        if (last != null && last.length() == n) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) same = last.charAt(i) == (char) (b[hostFrom + i] & 0xFF);
            if (same) return last;
        }
        return AsciiBytes.string(b, hostFrom, hostTo);
    }

    /** Judges b[off, off+len), one line without its terminator. */
    void scan(byte[] b, int off, int len) {
        verdict = Verdict.SLOW.ordinal();
        platform = -1;
        timeTo = -1;
        otherTime = null;
        hostTo = -1;
        otherHost = null;
        kind = -1;
        attrCount = 0;
        keyHash = 0;
        key = null;
        if (len > LineLimits.MAX_CHARS) return;
        int end = off + len;
        int asa = -1, pix = -1, fwsm = -1;
        // eight bytes at a time: any byte outside 0x20..0x7E sends the line to the full path
        // (tabs, controls, non-ASCII: the normalizer may change the text); '%' bytes are looked at one by one
        int i = off;
        for (; i + 8 <= end && asa < 0; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (notPrintable(w)) return;
            long pct = w ^ (ONES * '%');
            if (((pct - ONES) & ~pct & HIGHS) != 0) {
                for (int k = i; k < i + 8; k++) {
                    if (b[k] == '%') {
                        int m = marker(b, k, end);
                        if (m == 'A') { asa = k; break; }
                        if (m == 'P' && pix < 0) pix = k;
                        if (m == 'F' && fwsm < 0) fwsm = k;
                    }
                }
            }
        }
        // once the ASA marker is found only printability is left to check: sixteen bytes a step
        for (; i + 16 <= end; i += 16) {
            if (notPrintable((long) LONGS.get(b, i)) || notPrintable((long) LONGS.get(b, i + 8))) return;
        }
        for (; i + 8 <= end; i += 8) {
            if (notPrintable((long) LONGS.get(b, i))) return;
        }
        for (; i < end; i++) {
            byte c = b[i];
            if (c < 0x20 || c > 0x7E) return;
            if (c == '%' && asa < 0) {
                int m = marker(b, i, end);
                if (m == 'A') asa = i;
                if (m == 'P' && pix < 0) pix = i;
                if (m == 'F' && fwsm < 0) fwsm = i;
            }
        }
        int at = asa >= 0 ? asa : pix >= 0 ? pix : fwsm; // MessageParser.syslogMarker's order
        if (at < 0) {
            if (!RelevanceFilter.mayBeRelevant(b, off, len)) verdict = Verdict.IRRELEVANT.ordinal();
            return;
        }
        // the envelope must end exactly at the marker (else the full path may see another message)
        int timeEnd = SyslogTime.relayedSyslog(b, off, at);
        String envelopeTime = null, envelopeHost = null;
        if (timeEnd == SyslogTime.OTHER) {
            Envelope.Stripped env = Envelope.strip(AsciiBytes.string(b, off, at + 1));
            if (!env.message().equals("%")) return;
            envelopeTime = env.time();
            envelopeHost = env.host();
        }
        int id = messageId(b, at, end);
        int family = id / 1000;
        // VPN messages (the catalogue's, read by id when no wording matches) and every 7xxxxx id (the IKE
        // wording tables read them all, e.g. IKEv2 debug relayed in 711001) take the full path
        if (id >= 0 && (id / 100_000 == 7 || AsaCatalogue.vpnMessage(id))) return;
        platform = (asa >= 0 && b[asa + 1] == 'F' ? Platform.FTD   // the FTD's own name for the ASA's message
                : asa >= 0 || fwsm >= at || AsciiBytes.indexOf(b, at, end, "%FWSM-") >= 0 ? Platform.ASA : Platform.PIX).ordinal();
        if (envelopeTime != null) {
            otherTime = envelopeTime;
            otherHost = envelopeHost;
        } else if (timeEnd >= 0) {
            timeFrom = off;
            timeTo = timeEnd;
            // the common form's host: the one word between the time and the marker (SyslogTime.relayedSyslog checked it)
            int h = timeEnd;
            while (h < at && b[h] == ' ') h++;
            int k = h;
            while (k < at && b[k] != ' ') k++;
            hostFrom = h;
            hostTo = k;
            if (timeEnd - off >= 8 && timeEnd - off <= 16) {
                timeHead = (long) LONGS.get(b, off);
                timeTail = (long) LONGS.get(b, timeEnd - 8);
            }
        }
        if (id < 0 || family != 302 && family != 305) {
            // no rare word: no cue, and none of the id-independent rules matches (no id: no family either)
            if ((RareWords.ALL.scan(b, at, end) & RareWords.RARE) == 0) verdict = Verdict.SYSLOG_IRRELEVANT.ordinal();
            return;
        }
        int colon = AsciiBytes.indexOf(b, at, end, ":");
        if (colon < 0) return;
        int from = colon + 1, to = end;
        while (from < to && b[from] == ' ') from++;
        while (to > from && b[to - 1] == ' ') to--;
        switch (AsaConnScanner.scan(b, from, to, this)) {
            case EVENT -> {
                verdict = Verdict.SYSLOG_EVENT.ordinal();
                keyHash = keyHash(b);
            }
            case IGNORED -> verdict = Verdict.SYSLOG_IRRELEVANT.ordinal();
            case SLOW -> { }
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether any of the eight bytes of w is outside 0x20..0x7E. */
    private static boolean notPrintable(long w) {
        // per byte, without carries between bytes (the high bits are cleared first): 0x7F + 1 and
        // nothing else sets bit 7; + 0x60 sets it for 0x20 and above; w's own bit 7 is non-ASCII
        long low7 = w & ~HIGHS;
        return ((w | low7 + ONES | ~(low7 + ONES * 0x60)) & HIGHS) != 0;
    }

    /** 'A', 'P' or 'F' for "%ASA-" or "%FTD-", "%PIX-" or "%FWSM-" at index i, else 0. */
    private static int marker(byte[] b, int i, int end) {
        if (i + 4 >= end) return 0;
        if (b[i + 1] == 'A' && b[i + 2] == 'S' && b[i + 3] == 'A' && b[i + 4] == '-') return 'A';
        // FTD logs the ASA's messages under its own name: the same family, found in the same place
        if (b[i + 1] == 'F' && b[i + 2] == 'T' && b[i + 3] == 'D' && b[i + 4] == '-') return 'A';
        if (b[i + 1] == 'P' && b[i + 2] == 'I' && b[i + 3] == 'X' && b[i + 4] == '-') return 'P';
        if (i + 5 < end && b[i + 1] == 'F' && b[i + 2] == 'W' && b[i + 3] == 'S' && b[i + 4] == 'M' && b[i + 5] == '-') return 'F';
        return 0;
    }

    /** Notes b[from, to) as free text of a connection line: its words are looked for. */
    void free(byte[] b, int from, int to) {
        freeWords |= RareWords.CONNECTION.scan(b, from, to);
    }

    LineScan is(EventKind k) {
        kind = k.ordinal();
        return this;
    }

    /** An attribute (one of {@link #NAMES}) whose value is b[from, to) as written (scanned values are non-empty and need no trimming). */
    LineScan attr(int name, int from, int to) {
        return put(name, from, to, false, false);
    }

    LineScan lowerAttr(int name, int from, int to) {
        return put(name, from, to, true, false);
    }

    /** An attribute whose value is the word "none". */
    LineScan noneAttr(int name) {
        return put(name, 0, 0, false, true);
    }

    private LineScan put(int name, int from, int to, boolean lower, boolean isNone) {
        names[attrCount] = name;
        valueFrom[attrCount] = from;
        valueTo[attrCount] = to;
        lowerCase[attrCount] = lower;
        none[attrCount++] = isNone;
        return this;
    }

    private String value(byte[] b, int i) {
        if (none[i]) return "none";
        return lowerCase[i] ? AsciiBytes.lowerString(b, valueFrom[i], valueTo[i]) : AsciiBytes.string(b, valueFrom[i], valueTo[i]);
    }

    /** The scanned event as the full path would have parsed it (tunnelless: connection lines name hosts, not a tunnel). */
    void toParsed(byte[] b, Parsed out) {
        out.reset();
        out.is(KINDS[kind]);
        out.tunnelless = true;
        for (int i = 0; i < attrCount; i++) out.attr(NAMES[names[i]], value(b, i));
    }

    /**
     * {@link KeyHash#of(Parsed)} of the event, from the byte ranges of its values and the plan's name
     * hashes: most connection lines fold into their kind's overflow event, and the hash alone shows
     * that they match none of its variants, so their key is never made.
     */
    private long keyHash(byte[] b) {
        KeyPlan plan = KeyPlan.of(KINDS[kind], names, attrCount);
        long h = plan.headHash;
        for (int k = 0; k < attrCount; k++) {
            int i = plan.order[k];
            long v;
            if (none[i]) {
                v = NONE_HASH;
            } else if (lowerCase[i]) {
                v = KeyHash.lowerBytes(b, valueFrom[i], valueTo[i]);
            } else {
                v = KeyHash.bytes(b, valueFrom[i], valueTo[i]);
            }
            h = KeyHash.attr(h, plan.nameHashes[k], v);
        }
        return h;
    }

    /** {@link EventStore#key} of the event, written from the byte ranges (b: the bytes the line was scanned from). */
    String key(byte[] b) {
        if (key == null) {
            // assemble first: it may grow keyBytes, and Java reads the array argument before the length one
            int n = assembleKey(b);
            key = new String(keyBytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return key;
    }

    /** Writes the key into keyBytes from the byte ranges and the plan's fixed pieces; returns its length. */
    private int assembleKey(byte[] b) {
        KeyPlan plan = KeyPlan.of(KINDS[kind], names, attrCount);
        int n = append(0, plan.head);
        for (int k = 0; k < attrCount; k++) {
            int i = plan.order[k];
            n = append(n, plan.pieces[k]);
            if (none[i]) {
                n = append(n, NONE_BYTES);
            } else {
                int from = valueFrom[i], len = valueTo[i] - from;
                ensure(n + len);
                if (lowerCase[i]) {
                    for (int j = 0; j < len; j++) keyBytes[n + j] = (byte) AsciiBytes.lower(b[from + j]);
                } else {
                    System.arraycopy(b, from, keyBytes, n, len);
                }
                n += len;
            }
        }
        return n;
    }

    private static final long NONE_HASH = KeyHash.text("none");
    private static final byte[] NONE_BYTES = {'n', 'o', 'n', 'e'};

    private int append(int n, byte[] bytes) {
        ensure(n + bytes.length);
        System.arraycopy(bytes, 0, keyBytes, n, bytes.length);
        return n + bytes.length;
    }

    /**
     * The fixed parts of a key for one kind and attribute count: the scanners add the same names in
     * the same order for those, so the sorted order and the "\u0001name=" pieces are worked out once.
     */
    private record KeyPlan(int[] order, byte[] head, byte[][] pieces, long headHash, long[] nameHashes) {
        /*
         * A plain array, read without a barrier by both scanning threads: a plan's fields are all final and
         * hold arrays filled before it is made, so a thread that sees the reference sees them whole (final
         * field semantics); a thread that sees null makes an equal plan. It was an AtomicReferenceArray, whose
         * volatile get C2 left as a call in the per-line path (JFR: ~1% of the 8M run's samples), and the
         * whole of of(), building included, was too big to inline; the look-up below is small enough.
         */
        private static final KeyPlan[] PLANS = new KeyPlan[EventKind.values().length * (MAX_ATTRS + 1)];

        static KeyPlan of(EventKind kind, int[] nameIds, int n) {
            KeyPlan plan = PLANS[kind.ordinal() * (MAX_ATTRS + 1) + n];
            return plan != null ? plan : build(kind, nameIds, n);
        }

        private static KeyPlan build(EventKind kind, int[] nameIds, int n) {
            String[] names = new String[n];
            for (int k = 0; k < n; k++) names[k] = NAMES[nameIds[k]];
            int[] order = EventStore.sortedOrder(names, n);
            byte[][] pieces = new byte[n][];
            long[] nameHashes = new long[n];
            for (int k = 0; k < n; k++) {
                pieces[k] = ascii("\u0001" + names[order[k]] + "=");
                nameHashes[k] = KeyHash.text(names[order[k]]);
            }
            KeyPlan plan = new KeyPlan(order, ascii(kind.name() + "\u0001null\u0001null"), pieces, KeyHash.head(kind, null, null), nameHashes);
            PLANS[kind.ordinal() * (MAX_ATTRS + 1) + n] = plan;
            return plan;
        }

        private static byte[] ascii(String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private void ensure(int size) {
        if (size > keyBytes.length) keyBytes = java.util.Arrays.copyOf(keyBytes, Math.max(size, keyBytes.length * 2));
    }

    /** The 6-digit id of "%ASA-6-302013:" as {@link AsaSyslogParser#id} reads it, or -1. */
    static int messageId(byte[] b, int at, int end) {
        int dash = -1;
        for (int i = at + 1; i < end; i++) {
            if (b[i] == '-') { dash = i; break; }
        }
        if (dash < 0 || dash + 2 >= end) return -1;
        // 'logging emblem' writes the message's class before the level ("%ASA-vpn-5-713904"): skip to its "-5-"
        if (b[dash + 1] >= 'a' && b[dash + 1] <= 'z') {
            int j = dash + 2;
            while (j + 2 < end && j < dash + 40 && !(b[j] == '-' && AsciiBytes.isDigit(b[j + 1]) && b[j + 2] == '-')) j++;
            if (j + 2 >= end || j >= dash + 40) return -1;
            dash = j;
        }
        int i = dash + 3;
        int j = i;
        int id = 0;
        while (j < end && j - i < 6 && AsciiBytes.isDigit(b[j])) id = id * 10 + (b[j++] - '0');
        return j - i == 6 ? id : -1;
    }
}
