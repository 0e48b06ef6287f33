package vpndoctor.parse.log;

/**
 * What the first bytes of a source say about its encoding. Sniffing looks at a bounded sample only,
 * so a GB file costs the same as a small one.
 */
enum InputEncoding {
    /** UTF-8 (or ASCII); lines that are not valid UTF-8 fall back to Latin-1 one by one. */
    UTF8,
    UTF16LE,
    UTF16BE,
    BINARY;

    /** Bytes of byte-order mark to skip for this sample (0 when there is none). */
    static int bomLength(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return 3;
        if (n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) return 2;
        return 0;
    }

    /**
     * Decides from a sample. UTF-16 without BOM shows up as ASCII with every other byte NUL; any other
     * NUL-heavy or control-heavy sample is binary (a core dump, a pcap, a zip) and is not worth reading.
     * Runs of {@value NulRuns#RUN} NULs or more are left out of the judgement: a syslog file written
     * during a crash holds such runs between good lines ({@link NulRuns} drops them while reading),
     * whereas a binary file is binary in the bytes between its runs too.
     */
    static InputEncoding sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF8;
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF16LE;
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF16BE;
        int evenNul = 0, oddNul = 0, controls = 0, nuls = 0, judged = 0, invalid = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                int j = i;
                while (j < n && b[j] == 0) j++;
                if (j - i >= NulRuns.RUN) { // a run: not part of the text around it
                    i = j - 1;
                    continue;
                }
                judged++;
                nuls++;
                if ((i & 1) == 0) evenNul++; else oddNul++;
            } else {
                judged++;
                if (c >= 0x80) {
                    int len = utf8Length(b, i, n);
                    if (len == 0) invalid++; else { judged += len - 1; i += len - 1; }
                    continue;
                }
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) controls++;
            }
        }
        int pairs = judged / 2;
        if (pairs >= 2) {
            if (oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs) return UTF16LE;
            if (evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs) return UTF16BE;
        }
        // Latin-1 text has a few bytes that are not UTF-8; compressed or random data has them by the half
        if (judged > 0 && (nuls * 100 >= judged || controls * 10 > judged || invalid * 10 > judged * 3)) return BINARY;
        return UTF8;
    }

    /** Length of the well-formed UTF-8 sequence starting at b[i] (a byte >= 0x80), 0 when it is not one (or is cut by the sample's end: judged as not one). */
    private static int utf8Length(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > n) return 0;
        for (int k = 1; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) return 0;
        return len;
    }

    /** Human-readable detail for the skip reason. */
    static String describeBinary(byte[] b, int n) {
        int nuls = 0;
        for (int i = 0; i < n; i++) if (b[i] == 0) nuls++;
        return "binary file: " + nuls + " NUL bytes in the first " + n + " bytes";
    }
}
