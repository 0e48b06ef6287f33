package vpndoctor.parse.log;

/**
 * One case-blind pass over a syslog message's bytes that finds the words which decide how much
 * work the line needs. {@link #RARE}: words that give an ASA message a meaning beyond its message id.
 * {@link #ALL} knows the phase and block cues {@link LineClassifier} tracks on every line ("main mode",
 * "oak_qm", "ipsec(", "message id = 0", "-702303:"...) and the needles of the id-independent ASA
 * rules, taken from the rule table itself ({@link AsaSyslogParser#OTHER}: a rule added there is looked
 * for here without another list to keep in step). {@link #CONNECTION} knows only the cues: a
 * connection or translation message (302xxx, 305xxx) meets no other rule. Every cue word is a
 * substring of a cue, so the test can only err towards the full path. The other flags are the
 * {@link NatConnRules} needles {@link AsaConnScanner} must rule out.
 */
final class RareWords {
    static final int RARE = 1;
    static final int NO_TRANS = 1 << 1;
    static final int CREATION = 1 << 2;
    static final int TRANS = 1 << 3;
    static final int BUILT = 1 << 4;
    /** "teardown" seen once; {@link #TEARDOWN_AGAIN} when seen more than once. */
    static final int TEARDOWN = 1 << 5;
    static final int TEARDOWN_AGAIN = 1 << 6;

    // "-702303:" as ProposalBlock#startKind spells it (the message id), not any run of those digits
    private static final String[] CUES = {"mode", "oak_", "message", "isakmp", "ipsec", "proposal", "sa_request", "-702303:"};
    /** Cues and the needles of every id-independent ASA rule (and "initialize_sas", ProposalBlock's start). */
    static final RareWords ALL = new RareWords(CUES, new String[] {"initialize_sas"}, Rule.needles(AsaSyslogParser.OTHER));
    /** The cues only, for connection and translation messages. */
    static final RareWords CONNECTION = new RareWords(CUES);

    /** For each pair of folded bytes (first << 7 | second), the words that start with it. */
    private final byte[][][] byPair = new byte[128 * 128][][];
    private final int[][] flagsByPair = new int[128 * 128][];
    /** One bit per pair: whether byPair has words for it (2 KB, stays in the first-level cache). */
    private final long[] pairs = new long[128 * 128 / 64];
    /** The length of the shortest word: every window of that many bytes is judged by its last pair. */
    private final int minLength;
    /**
     * For each pair of folded bytes, how far the window may move when its last two bytes are that
     * pair (Wu-Manber): the least distance from that pair, as it stands in some word's first
     * minLength bytes, to that prefix's end; minLength - 1 for a pair no word's prefix holds. Most
     * windows of a line skip two or three bytes without looking at the words.
     */
    private final byte[] shift = new byte[128 * 128];
    /**
     * Every word holds a byte at or above this one (in the text, before folding): a range without
     * such a byte holds no word and is not searched. Of a connection line's free text, its numbers
     * (connection ids, "(10.0.0.1/443)") are such ranges: every connection word has a letter or ':'.
     */
    private final int lowestTop;

    private RareWords(String[]... rare) {
        for (String[] words : rare) {
            for (String w : words) put(w, RARE);
        }
        put("no trans", NO_TRANS);
        put("creation", CREATION);
        put("trans", TRANS);
        put("built", BUILT);
        put("teardown", TEARDOWN);
        int min = Integer.MAX_VALUE;
        for (byte[][] ws : byPair) {
            if (ws == null) continue;
            for (byte[] w : ws) min = Math.min(min, w.length);
        }
        minLength = min;
        int floor = 0x7F;
        for (byte[][] ws : byPair) {
            if (ws == null) continue;
            for (byte[] w : ws) {
                int top = 0;
                for (byte c : w) top = Math.max(top, c);
                floor = Math.min(floor, top);
            }
        }
        // a folded byte at or above 0x40 may come from one 0x20 below it ('A' folds to 'a')
        lowestTop = Math.min(floor, 0x40);
        java.util.Arrays.fill(shift, (byte) (min - 1));
        for (byte[][] ws : byPair) {
            if (ws == null) continue;
            for (byte[] w : ws) {
                for (int j = 0; j + 1 < min; j++) {
                    int pair = w[j] << 7 | w[j + 1];
                    shift[pair] = (byte) Math.min(shift[pair], min - 2 - j);
                }
            }
        }
    }

    /** The words as given and their flags, for tests that compare the scan with a plain search. */
    final java.util.Map<String, Integer> words = new java.util.LinkedHashMap<>();

    private void put(String word, int flag) {
        words.merge(word, flag, (a, c) -> a | c);
        String w = folded(word);
        if (w.length() < 2 || w.length() > 100) throw new IllegalArgumentException(word);
        int key = w.charAt(0) << 7 | w.charAt(1);
        byte[][] old = byPair[key];
        int n = old == null ? 0 : old.length;
        byPair[key] = old == null ? new byte[1][] : java.util.Arrays.copyOf(old, n + 1);
        flagsByPair[key] = old == null ? new int[1] : java.util.Arrays.copyOf(flagsByPair[key], n + 1);
        byPair[key][n] = w.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        pairs[key >>> 6] |= 1L << key;
        flagsByPair[key][n] = flag;
    }

    /** The flags of the words in b[from, to) (printable ASCII only: see {@link #fold}), ignoring case. */
    int scan(byte[] b, int from, int to) {
        int flags = 0;
        int m = minLength;
        if (to - from < m || !reaches(b, from, to)) return 0;
        // a word starting at i ends at or before `to`, so i <= to - m; each start is judged once, in order
        for (int i = from, last = to - m; i <= last; ) {
            int s = shift[fold(b[i + m - 2]) << 7 | fold(b[i + m - 1])];
            if (s != 0) {
                i += s;
                continue;
            }
            int pair = fold(b[i]) << 7 | fold(b[i + 1]);
            if ((pairs[pair >>> 6] & 1L << pair) != 0) flags = words(b, i, to, pair, flags);
            i++;
        }
        return flags;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether b[from, to) holds a byte at or above {@link #lowestTop}, eight bytes at a time. */
    private boolean reaches(byte[] b, int from, int to) {
        long add = ONES * (0x80 - lowestTop);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            // per byte, without carries (bit 7 cleared first): bit 7 of low7 + add is set from lowestTop on;
            // a byte with bit 7 of its own counts as reaching it
            if ((((w & ~HIGHS) + add | w) & HIGHS) != 0) return true;
        }
        for (; i < to; i++) {
            if ((b[i] & 0xFF) >= lowestTop) return true;
        }
        return false;
    }

    /** Adds the flags of the words of that first pair that start at i. */
    private int words(byte[] b, int i, int to, int pair, int flags) {
        byte[][] ws = byPair[pair];
        for (int k = 0; k < ws.length; k++) {
            if (matches(b, i, to, ws[k])) {
                int f = flagsByPair[pair][k];
                if (f == TEARDOWN && (flags & TEARDOWN) != 0) f = TEARDOWN_AGAIN;
                flags |= f;
            }
        }
        return flags;
    }

    private static boolean matches(byte[] b, int at, int to, byte[] w) {
        if (at + w.length > to) return false;
        for (int k = 2; k < w.length; k++) {
            if (fold(b[at + k]) != w[k]) return false;
        }
        return true;
    }

    /**
     * Case folding without a branch: setting bit 5 maps 'A'-'Z' onto 'a'-'z' and leaves digits,
     * lower case, space and '-' alone. On printable ASCII (0x20-0x7E, all a scanned line may hold)
     * the only other byte a word character can meet is '_', folded to 0x7F like the words' own '_'
     * (DEL never gets here), so a folded comparison is exactly a case-blind one.
     */
    private static int fold(byte c) {
        return c | 0x20;
    }

    private static String folded(String w) {
        StringBuilder f = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            // 0x20-0x3F (space, digits, punctuation such as ' - : .) fold to themselves and meet no letter
            if (!(c >= 0x20 && c <= 0x3F || c == '_' || c >= 'a' && c <= 'z')) throw new IllegalArgumentException(w);
            f.append((char) (c | 0x20));
        }
        return f.toString();
    }
}
