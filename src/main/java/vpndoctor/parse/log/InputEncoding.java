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
     */
    static InputEncoding sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF8;
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF16LE;
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF16BE;
        int pairs = n / 2;
        int evenNul = 0, oddNul = 0, controls = 0, nuls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nuls++;
                if ((i & 1) == 0) evenNul++; else oddNul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        if (pairs >= 2) {
            if (oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs) return UTF16LE;
            if (evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs) return UTF16BE;
        }
        if (n > 0 && (nuls * 100 >= n || controls * 10 > n)) return BINARY;
        return UTF8;
    }

    /** Human-readable detail for the skip reason. */
    static String describeBinary(byte[] b, int n) {
        int nuls = 0;
        for (int i = 0; i < n; i++) if (b[i] == 0) nuls++;
        return "binary file: " + nuls + " NUL bytes in the first " + n + " bytes";
    }
}
