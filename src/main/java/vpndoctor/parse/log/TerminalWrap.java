package vpndoctor.parse.log;

/**
 * Lines a terminal broke at 80 columns (tmux capture-pane without -J, a Windows console copy): the
 * first piece is exactly 80 characters, the rest starts mid-message on the next line and has no
 * envelope, so read apart the first piece loses its message's end and the second its time, device and
 * often its peer. They are read joined, counted as the lines they are. What can be told, from bytes
 * alone (the reader's hot loop sees every line: a length test first, no regex):
 * <ul>
 * <li>a piece that may have been cut: exactly {@link #WIDTH} bytes and starts with a log header
 *     (priority, time, sequence number, '%' message, a CSV export's quote, a JSON line's brace). Undated output (PIX and
 *     IOS debug without timestamps, show commands) is never joined: there a genuine 80-character line
 *     ("ISAKMP (0): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR" is one)
 *     followed by the next line looks exactly like a cut one, so the pieces are read as they stand,
 *     with one exception: a number cut in two (the piece ends in a digit or a dot, the next line
 *     starts with a digit), since read apart "203.0.113.1" + "31" names a wrong peer;</li>
 * <li>a continuation: a non-empty line with no log header that does not start like a line of its
 *     own: no debug facility word ("ISAKMP:", "IPSEC(", "IKEv2-PROTO-1:", "[IKEv1]"), no prompt
 *     ("router#"), no indentation of two spaces or a tab (show output). A cut that falls just before
 *     such a word is not recognized (the pieces stay apart, each still read).</li>
 * </ul>
 * The width is {@link #WIDTH} unless the source's head shows another ({@link #width}: 132 columns,
 * a resized window): the lengths of its cut pieces tell it. Per line it stays one compare.
 */
final class TerminalWrap {
    static final int WIDTH = 80;
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private TerminalWrap() {}

    /** Not a piece of a cut line. */
    static final int NONE = 0;
    /** A full-width line with a log header: any continuation joins it. */
    static final int DATED = 1;
    /** A full-width line with no header ending in a digit or a dot: only a number's other half joins it. */
    static final int NUMBER = 2;

    /** A message IOS itself prints on two lines (see {@link #splitHead}): only its own second line joins it. */
    static final int SPLIT = 3;
    /** A dated line a page wrapped at a word ({@link #softWidth}): a continuation that would not have fitted joins it. */
    static final int SOFT = 4;

    /**
     * Pages (TechNotes, forum posts, PDFs) wrap a debug line at a word near their width, not at an exact
     * column: "...IKEv2:(SESSION ID = 1,SA ID = 1):Verify cert" then "failed". The source's head tells such
     * a width W: its longest line, when two or more dated lines shorter than W (a terminal's cut is exactly
     * W long) are followed by a continuation that starts at its first column and would not have fitted
     * beside them (with the space between), the pieces of various lengths (a terminal's are all one). A terminal's exact cut is then not looked for (a page's line
     * may be exactly 80 long by chance). A line is then held only when it is dated and near W (within a fifth of it), and the
     * next line joins it (with the space the wrap took) only when both together exceed W: a short line and
     * a line of its own after it stay apart, and indented lines (payload dumps, show output) never join.
     * 0 when the head shows no such wrap, or when more dated lines exactly W long are continued than
     * shorter ones: a terminal cut that source, and the shorter pairs are the device's own line breaks (IOS
     * debug prints "inbound SA from A to B (f/i) 0/ 0" then "(proxy C to D)"), which a page's reading
     * would join to the cut pieces with a space ("...from ISAKM" + "P" read as "ISAKM P").
     */
    static int softWidth(byte[] b, int n, boolean partial) {
        int longest = 0;
        int start = 0;
        int[] lens = new int[64];
        int[] next = new int[64];
        int pairs = 0;
        int prevFrom = -1, prevTo = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && b[i] != '\n' && b[i] != '\r') continue;
            if (i == n && (partial || start >= n)) break;
            int len = i - start;
            longest = Math.max(longest, len);
            if (prevFrom >= 0 && len > 0 && b[start] != ' ' && b[start] != '\t' && header(b, prevFrom, prevTo) && !header(b, start, i)
                    && !splitHead(b, prevFrom, prevTo - prevFrom) && pairs < lens.length
                    && continues(DATED, AsciiBytes.string(b, prevFrom, prevTo), b, start, len)) {
                lens[pairs] = prevTo - prevFrom;
                next[pairs++] = len;
            }
            prevFrom = start;
            prevTo = i;
            if (i < n && b[i] == '\r' && i + 1 < n && b[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (longest < MIN_WIDTH || longest > 200) return 0;
        int wrapped = 0, sameMost = 0, exact = 0;
        java.util.Map<Integer, Integer> byLen = new java.util.HashMap<>();
        for (int k = 0; k < pairs; k++) {
            if (lens[k] == longest) exact++;
            if (lens[k] < longest && lens[k] >= longest - longest / 5 && lens[k] + 1 + next[k] > longest) {
                wrapped++;
                sameMost = Math.max(sameMost, byLen.merge(lens[k], 1, Integer::sum));
            }
        }
        // pieces of one length are a terminal's cut (an undated line may be longer than its width), not a page's words;
        // and a terminal's cut at the longest length outnumbering the shorter pairs: those are the device's own line breaks
        // (IOS debug's "inbound SA from A to B" then "(proxy ...)"), and a page seldom ends a line exactly at its width
        return wrapped >= 2 && 2 * sameMost < wrapped + 1 && exact <= wrapped ? longest : 0;
    }

    /** Whether b[off, off+len) may be a dated line a page wrapped at width w ({@link #softWidth}; w 0: none). */
    static boolean maySoftCut(byte[] b, int off, int len, int w) {
        return len <= w && len >= w - w / 5 && header(b, off, off + len);
    }

    /** Whether b[off, off+len) continues a line a page wrapped at w whose last piece was lastLen long. */
    static boolean continuesSoft(int lastLen, int w, CharSequence held, byte[] b, int off, int len) {
        if (len == 0 || lastLen + 1 + len <= w || b[off] == ' ' || b[off] == '\t') return false;
        return continues(DATED, held, b, off, len);
    }

    /**
     * IOS console messages whose text holds a line break: the crypto data-plane drops print the packet's
     * addresses on a second, tab-indented line ("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC
     * packet." then "(ip) vrf/dest_addr= /A, src_addr= B, prot= N"; RECVD_PKT_INV_SPI "... has invalid spi
     * for" then "destaddr=A, prot=50, spi=.., srcaddr=B"; RECVD_PKT_INV_IDENTITY_ACL "... not allowed by
     * ACL." then "(ip) ..."). A syslog server gets them as one line; a console copy in two, and read apart
     * the first loses the addresses. The IOS IPsec debug does the same with a refused quick mode proposal:
     * "IPSEC(ipsec_process_proposal): proposal part #1," then why on its own line ("transform proposals not
     * supported"); read apart, the head says nothing and the reason has no time. Each head's last words, what
     * its second line starts with, and a marker the head must hold.
     */
    private static final String[][] SPLIT_HEADS = {
        {"not an ipsec packet.", "(ip", "%CRYPTO-"},
        {"has invalid spi for", "destaddr=", "%CRYPTO-"},
        {"not allowed by acl.", "(ip", "%CRYPTO-"},
        {",", "transform proposal", "ipsec_process_proposal): proposal part #"},
        {",", "proposal not supported", "ipsec_process_proposal): proposal part #"},
        {",", "proxy identities not supported", "ipsec_process_proposal): proposal part #"},
    };

    /** Whether b[off, off+len) is the first line of an IOS message printed on two lines ({@link #SPLIT_HEADS}). */
    static boolean splitHead(byte[] b, int off, int len) {
        int end = off + len;
        while (end > off && (b[end - 1] == ' ' || b[end - 1] == '\t')) end--;
        if (end == off) return false;
        byte last = b[end - 1];
        if (last != '.' && last != 'r' && last != ',') return false;   // one compare for nearly every line
        for (String[] h : SPLIT_HEADS) {
            // spaced: a console copy on a web page has non-breaking spaces between the words
            if (AsciiBytes.endsWithSpacedCI(b, off, end, h[0]) && AsciiBytes.indexOf(b, off, end, h[2]) >= 0) return true;
        }
        return false;
    }

    /** {@link #splitHead(byte[], int, int)} of a line already read (pieces a terminal cut, joined). */
    static boolean splitHead(CharSequence line) {
        for (String[] h : SPLIT_HEADS) {
            if (endsWithCI(line, h[0]) && line.toString().contains(h[2])) return true;
        }
        return false;
    }

    /** The continuation a split head wants: its own second line, indented or not. */
    private static boolean splitTail(CharSequence held, byte[] b, int off, int end) {
        int i = AsciiBytes.afterPastedIndent(b, off, end); // a quoted or web-copied console keeps its "> " or NBSP before the line
        for (String[] h : SPLIT_HEADS) {
            if (endsWithCI(held, h[0]) && held.toString().contains(h[2]) && AsciiBytes.startsWithSpacedCI(b, i, end, h[1])) return true;
        }
        return false;
    }

    private static boolean endsWithCI(CharSequence s, String suffix) {
        int n = s.length();
        while (n > 0 && (s.charAt(n - 1) == ' ' || s.charAt(n - 1) == '\t')) n--;
        if (n < suffix.length()) return false;
        for (int k = 0; k < suffix.length(); k++) {
            char c = s.charAt(n - suffix.length() + k);
            if (suffix.charAt(k) == ' ' ? !(c == ' ' || c == '\u00A0' || c == '\t') : Character.toLowerCase(c) != suffix.charAt(k)) return false;
        }
        return true;
    }

    /** Whether b[off, off+len) may be the first piece of a line broken at {@code width}: {@link #NONE}, {@link #DATED} or {@link #NUMBER}. */
    static int mayBeCut(byte[] b, int off, int len, int width) {
        if (len != width) return NONE;
        if (header(b, off, off + len)) return DATED;
        byte last = b[off + len - 1];
        return AsciiBytes.isDigit(last) || last == '.' ? NUMBER : NONE;
    }

    /** Widths a terminal is set to below 60 columns are not looked for: a line that short is rarely cut. */
    static final int MIN_WIDTH = 60;

    /**
     * The width a terminal broke the lines of b[0, n) at (a source's head; partial: its last line may
     * be incomplete): the length shared by most dated lines that the next line continues, when no
     * dated line is longer (a terminal would have broken it too) and two or more such lines share it,
     * or one does at a width terminals are commonly set to; else {@link #WIDTH}. One long line
     * followed by a line of its own (undated debug text reads like a continuation) at an odd width is
     * no evidence of a terminal.
     */
    static int width(byte[] b, int n, boolean partial) {
        java.util.Map<Integer, Integer> cuts = new java.util.HashMap<>();
        int longestDated = 0;
        int prevFrom = -1, prevTo = -1;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && b[i] != '\n' && b[i] != '\r') continue;
            if (i == n && (partial || start >= n)) break;
            int len = i - start;
            if (prevFrom >= 0) {
                int plen = prevTo - prevFrom;
                if (plen >= MIN_WIDTH && header(b, prevFrom, prevTo) && !splitHead(b, prevFrom, prevTo - prevFrom)) { // IOS's own two-line messages are no terminal's cut
                    StringBuilder held = new StringBuilder(AsciiBytes.string(b, prevFrom, prevTo));
                    if (continues(DATED, held, b, start, len)) cuts.merge(plen, 1, Integer::sum);
                }
            }
            if (header(b, start, i)) longestDated = Math.max(longestDated, len);
            prevFrom = start;
            prevTo = i;
            if (i < n && b[i] == '\r' && i + 1 < n && b[i + 1] == '\n') i++;
            start = i + 1;
        }
        int best = WIDTH, most = 0;
        for (java.util.Map.Entry<Integer, Integer> e : cuts.entrySet()) {
            int w = e.getKey(), c = e.getValue();
            if (w < longestDated || c < 2 && !COMMON_WIDTHS.contains(" " + w + " ")) continue;
            if (c > most || c == most && w == WIDTH) {
                best = w;
                most = c;
            }
        }
        return best;
    }

    /** Widths terminals are commonly set to: one cut line at one of them is enough (a 132-column window cutting one address). */
    private static final String COMMON_WIDTHS = " 80 100 120 132 160 200 ";

    /** Whether b[off, off+len) continues the held line (its kind and its text so far) rather than starting one of its own. */
    static boolean continues(int kind, CharSequence held, byte[] b, int off, int len) {
        int end = off + len;
        if (len == 0) return false;
        if (kind == SPLIT) return splitTail(held, b, off, end);
        if (kind == DATED && openQuote(held)) return true;            // a CSV row whose quoted column is not closed yet
        if (b[off] == '%') return kind == DATED && indexOf(held, '%') < 0; // the cut fell just before the message's marker
        if (header(b, off, end)) return false;
        if (kind == NUMBER) return AsciiBytes.isDigit(b[off]);
        byte c = b[off];
        if (c == '\t' || c == '[' || c == '>' || c == '#') return false;
        if (c == ' ') return len > 1 && b[off + 1] != ' ' && b[off + 1] != '\t';
        if (!(c >= 'A' && c <= 'Z')) return true;
        // "ISAKMP:", "IPSEC(", "IKEv2-PROTO-1:", "CRYPTO_PKI:", "ISAKMP (0)", "router#": a word then its mark
        int i = off + 1;
        while (i < end && (AsciiBytes.isDigit(b[i]) || b[i] >= 'A' && b[i] <= 'Z' || b[i] >= 'a' && b[i] <= 'z' || b[i] == '_' || b[i] == '-')) i++;
        if (i >= end) return true;
        byte m = b[i];
        if (m == ':' || m == '(' || m == '#') return false;
        if (m == '>') return b[i - 1] == '-';   // a prompt "asa>", not the rest of "EV_ERROR-->MM_WAIT_MSG6"
        return !(m == ' ' && i + 1 < end && (b[i + 1] == '(' || b[i + 1] == ':'));
    }

    /** Whether the line starts with a log header: "<PRI>", a time, an IOS sequence number or uptime, a clock marker, a bare '%' message, a CSV row or a JSON object. */
    private static boolean header(byte[] b, int i, int end) {
        while (i < end && b[i] == ' ') i++;
        if (i >= end) return false;
        byte c = b[i];
        if (c == '%' || c == '"' || c == '{') return true; // a '%' message, a CSV row, a shipper's JSON line
        if (c == '<') return i + 1 < end && AsciiBytes.isDigit(b[i + 1]);
        if (c == '*' || c == '.') return month(b, i + 1, end) || i + 1 < end && AsciiBytes.isDigit(b[i + 1]) && uptime(b, i + 1, end);
        // a cut inside "198.51.100.133:500" leaves "3:500 ..." or ".100.133": numbers alone are no header
        if (AsciiBytes.isDigit(c)) {
            int j = i;
            while (j < end && AsciiBytes.isDigit(b[j])) j++;
            if (j + 1 < end && b[j] == ':' && b[j + 1] == ' ') return true;                 // IOS sequence number "000123: "
            if (j - i == 4 && j + 3 < end && b[j] == '-' && AsciiBytes.isDigit(b[j + 1]) && AsciiBytes.isDigit(b[j + 2]) && b[j + 3] == '-') return true; // "2026-12-06"
            return uptime(b, i, end);
        }
        return month(b, i, end) && i + 3 < end && b[i + 3] == ' ';
    }

    /** A CSV row (starting with a quote) with an odd number of quotes: its last column goes on. */
    private static boolean openQuote(CharSequence held) {
        int i = 0, n = held.length();
        while (i < n && held.charAt(i) == ' ') i++;
        if (i >= n || held.charAt(i) != '"') return false;
        int quotes = 0;
        for (; i < n; i++) if (held.charAt(i) == '"') quotes++;
        return (quotes & 1) == 1;
    }

    private static int indexOf(CharSequence s, char c) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) return i;
        return -1;
    }

    /** IOS uptime stamps: "00:12:34:", "1d02h:", "2w3d:". */
    private static boolean uptime(byte[] b, int i, int end) {
        if (i + 9 <= end && b[i + 2] == ':' && b[i + 5] == ':' && b[i + 8] == ':' && AsciiBytes.isDigit(b[i + 1])
                && AsciiBytes.isDigit(b[i + 3]) && AsciiBytes.isDigit(b[i + 4]) && AsciiBytes.isDigit(b[i + 6]) && AsciiBytes.isDigit(b[i + 7])) return true;
        int j = i;
        while (j < end && AsciiBytes.isDigit(b[j])) j++;
        if (j == i || j >= end || b[j] != 'd' && b[j] != 'w') return false;
        int k = ++j;
        while (k < end && AsciiBytes.isDigit(b[k])) k++;
        return k > j && k + 1 < end && (b[k] == 'h' || b[k] == 'd') && b[k + 1] == ':';
    }

    private static boolean month(byte[] b, int i, int end) {
        if (i + 3 > end) return false;
        for (int m = 0; m < MONTHS.length(); m += 3) {
            if (b[i] == MONTHS.charAt(m) && b[i + 1] == MONTHS.charAt(m + 1) && b[i + 2] == MONTHS.charAt(m + 2)) return true;
        }
        return false;
    }
}
