package vpndoctor.parse.log;

import java.nio.charset.StandardCharsets;

/**
 * The common relayed-syslog envelope "Mmm dd hh:mm:ss[.fff] host %ASA-..." read from bytes: where
 * the time ends, as {@link Envelope#strip} would cut it, without making the line a String. Anything
 * else (priority, year, zone, IOS sequence number, upper-case host that could be a zone word,
 * "host :") is left to Envelope. An instance is a consumer's cache of time Strings: consecutive lines
 * mostly share their second, so the last one is reused when the bytes match.
 */
final class SyslogTime {
    /** The line starts with the marker: no envelope, no time. */
    static final int NONE = -1;
    /** The envelope is not of the common form. */
    static final int OTHER = -2;
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private byte[] lastBytes = new byte[32];
    private int lastLen = -1;
    private String last;

    /**
     * For a line b[off..] whose first syslog marker is at index at: the end of its time (which
     * starts the line), {@link #NONE} when the marker starts the line, or {@link #OTHER}.
     */
    static int relayedSyslog(byte[] b, int off, int at) {
        if (at == off) return NONE;
        int i = off;
        if (at - off < 18 || !isMonth(b, i)) return OTHER;
        i += 3;
        int j = skipSpaces(b, i, at);
        if (j == i) return OTHER;
        int d = j;
        while (j < at && AsciiBytes.isDigit(b[j])) j++;
        if (j == d || j - d > 2) return OTHER;
        i = skipSpaces(b, j, at);
        if (i == j) return OTHER;
        // hh:mm:ss (a year here would be four digits followed by a space: not this form)
        if (i + 8 > at || !AsciiBytes.isDigit(b[i]) || !AsciiBytes.isDigit(b[i + 1]) || b[i + 2] != ':'
                || !AsciiBytes.isDigit(b[i + 3]) || !AsciiBytes.isDigit(b[i + 4]) || b[i + 5] != ':'
                || !AsciiBytes.isDigit(b[i + 6]) || !AsciiBytes.isDigit(b[i + 7])) return OTHER;
        int end = i + 8;
        if (end < at && b[end] == '.') {
            end++;
            while (end < at && AsciiBytes.isDigit(b[end])) end++;
        }
        int h = skipSpaces(b, end, at);
        if (h == end || h >= at) return OTHER;
        byte c = b[h];
        if (!(c >= 'a' && c <= 'z' || AsciiBytes.isDigit(c))) return OTHER; // not a zone word, not ':'
        int k = h;
        while (k < at && b[k] != ' ') k++;
        if (k == at || skipSpaces(b, k, at) != at) return OTHER;
        return end;
    }

    /**
     * {@link #time(byte[], int, int)} given the first and last eight bytes of the time (read by the
     * scanner; used when it has 8 to 16 bytes): a time like the last one's costs no read of the line.
     */
    String time(byte[] b, int from, int to, long head, long tail) {
        int len = to - from;
        if (len == lastLen && len >= 8 && len <= 16 && head == lastHead && tail == lastTail) return last;
        return time(b, from, to);
    }

    /** The time b[from, to) as a String, the same instance as the previous call's when the bytes are the same. */
    String time(byte[] b, int from, int to) {
        int len = to - from;
        if (len == lastLen) {
            // a time is at least "Mmm d hh:mm:ss" (14 bytes): its first and last eight bytes cover it
            if (len >= 8 && len <= 16) {
                if ((long) LONGS.get(b, from) == lastHead && (long) LONGS.get(b, to - 8) == lastTail) return last;
            } else if (java.util.Arrays.equals(b, from, to, lastBytes, 0, len)) {
                return last;
            }
        }
        if (len > lastBytes.length) lastBytes = new byte[len];
        System.arraycopy(b, from, lastBytes, 0, len);
        lastLen = len;
        if (len >= 8) {
            lastHead = (long) LONGS.get(b, from);
            lastTail = (long) LONGS.get(b, to - 8);
        }
        last = new String(b, from, len, StandardCharsets.ISO_8859_1);
        return last;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    /** The first and the last eight bytes of the last time, when it has eight or more. */
    private long lastHead, lastTail;

    private static boolean isMonth(byte[] b, int i) {
        for (int m = 0; m < MONTHS.length(); m += 3) {
            if (b[i] == MONTHS.charAt(m) && b[i + 1] == MONTHS.charAt(m + 1) && b[i + 2] == MONTHS.charAt(m + 2)) return true;
        }
        return false;
    }

    private static int skipSpaces(byte[] b, int i, int to) {
        while (i < to && b[i] == ' ') i++;
        return i;
    }
}
