package vpndoctor.parse.log;

/**
 * The cheap first gate: a line that names nothing about IKE, IPsec, crypto, NAT or connections is
 * irrelevant and never reaches a regex. Its keywords are the device tokens below and, taken from the
 * rule tables themselves, every family's needle of more than one word as devices print it (lower case,
 * Capitalized, UPPER): a rule added to a table is let through here without a second list to keep in step. One pass over the characters; only where two adjacent
 * characters can start a keyword (a 16K-entry table lookup) are the keywords starting with them compared. Case-sensitive on purpose: devices
 * spell these tokens in fixed case, and case folding would cost more than the whole check.
 */
final class RelevanceFilter {
    private static final String[] KEYWORDS = {
        "ISAKMP", "ISAMKP", "IPSEC", "IPSec", "IPsec", "ipsec", "IKE", "isakmp", "crypto", "CRYPTO", "Crypto",
        "%ASA-", "%FTD-", "%PIX-", "%FWSM-", "VPN", "Peer", "peer", "SA ", "SA:", "SA!", "SA,", "SAs", "proxy", "transform",
        "NOTIFY", "Notify", "notify", "DPD", "translation", "Teardown", "Built", "OAK_", "ISADB", "Reserved Not Zero",
        "reserved not zero", "message ID", "Group = ", "IP = ", "NO TRANS", "Tunnel", "tunnel", "PHASE", "Phase",
        "phase", "fragment", "Client Encryption", "user object", "state machine", "proposal", "(key eng. msg.)",
        "protocol=", "protocol =", "lifedur", "spi=", "spi =", "conn_id", "flags=", "Main Mode", "Quick Mode",
        "No proposal chosen", "IKMP", "Oakley", "keepalive", "keep-alive", "Local:", "Remote:",
        // pasted show output (phase 1 states, IPsec counters) and certificate (PKI) messages
        "MM_", "AM_", "QM_", "AG_", "#pkts", "%PKI-", "Certificate", "certificate", "/500 ", "/4500 ", "Auth sign:",
        // 'show crypto ipsec sa' entry heads that name no other keyword (IOS prints the idents before current_peer)
        "ident (addr", "interface: ", "Interface: ", "Session status:",
        // pasted state outputs (StateBlock): packet-tracer, vpn-sessiondb, ping results
        "packet-tracer", "Drop-reason:", "vpn-sessiondb", "Session Type: LAN-to-LAN", "Connection   : ", "ICMP Echos",
        "Success rate is", "Tracing the route to", "#ping ", "# ping ", ">ping ", "> ping ", "NHRP Details", "Peer NBMA Addr", "E=Expecting replies", "show ip nhrp", "sh ip nhrp",
        // a pasted routing table starts here (ShowRoutes)
        "Gateway of last resort",
        // ASA show crypto isakmp sa: "Type    : L2L             Role    : responder" (who started the exchange)
        "Role    : ",
    };
    /** For each pair of ASCII characters (first << 7 | second), the keywords that start with it (null: none). */
    private static final String[][] BY_PAIR = new String[128 * 128][];
    private static final int GRAM_BITS = 1 << 15;
    /**
     * The byte path's prefilter: one bit per hashed first four bytes of a keyword ({@link #GRAMS4}),
     * and per hashed three bytes of a three-letter keyword ({@link #GRAMS3}). A position whose bytes
     * hit neither starts no keyword; the few that hit (a keyword, or another text with the same hash)
     * are compared with the keywords of their first pair. One table test per byte, whatever the number
     * of keywords (some 750, most of them from the rule tables and the IOS catalogue).
     */
    private static final long[] GRAMS4 = new long[GRAM_BITS / 64];
    private static final long[] GRAMS3 = new long[GRAM_BITS / 64];
    /**
     * One bit per hashed first three bytes of every keyword: the test every position takes. Most
     * positions miss it, so they cost one hash and one table read instead of two of each; the few
     * that hit take the two tests above.
     */
    private static final long[] PREFIX3 = new long[GRAM_BITS / 64];
    private static final java.lang.invoke.VarHandle INTS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(java.util.List.of(KEYWORDS));
        // the lines that say an FTD's CLI wrote the ASA-style output around them (FtdMarkers)
        all.addAll(java.util.List.of(FtdMarkers.KEYWORDS));
        // the prompt lines that open a pasted config (ConfigSection): rare, so they cost ordinary lines nothing but a table bit
        all.addAll(java.util.List.of(ConfigSection.KEYWORDS));
        for (java.util.List<Rule> family : java.util.List.of(AsaSyslogParser.OTHER, AsaIkeRules.RULES, Ikev2Rules.FAILURES, Ikev2Rules.PROGRESS,
                IosCryptoRules.RULES, IsakmpDebugRules.RULES, IpsecDebugRules.RULES, NatConnRules.RULES, PeerLogRules.RULES,
                PkiDebugRules.RULES)) {
            for (String n : Rule.needles(family)) {
                // a single plain word ("state", "processing", "reason") is only a rule's gate inside lines
                // that name IKE, IPsec or a peer already; as a relevance keyword it would wake every
                // interface or routing line that holds it
                if (n.length() < 2 || n.matches("[a-z0-9]+")) continue;
                for (String v : new String[] {n, capitalized(n), n.toUpperCase(java.util.Locale.ROOT)}) {
                    if (!coveredBy(v, KEYWORDS)) all.add(v);
                }
            }
        }
        // the IOS catalogue's mnemonics ("-NHRP_NHS_DOWN"): a message the table lists is let through whatever its wording
        for (String k : IosCatalogue.keywords()) {
            if (!coveredBy(k, KEYWORDS)) all.add(k);
        }
        for (String k : all) {
            int key = k.charAt(0) << 7 | k.charAt(1);
            String[] old = BY_PAIR[key];
            String[] next = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            next[next.length - 1] = k;
            BY_PAIR[key] = next;
            if (k.length() < 3 || !k.chars().allMatch(c -> c < 128)) throw new IllegalStateException("keyword too short or not ASCII: " + k);
            // the same four-byte read as the scan (a 3-letter keyword with a zero fourth byte, as the scan masks it)
            int w = (int) INTS.get(java.util.Arrays.copyOf(k.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4), 0);
            if (k.length() == 3) set(GRAMS3, gram(w)); else set(GRAMS4, gram(w));
            set(PREFIX3, gram(w & 0xFFFFFF));
        }
    }


    /** The same test on bytes, before any String exists (the keywords are ASCII). */
    static boolean mayBeRelevant(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        for (int last = end - 4; i <= last; i++) {
            int w = (int) INTS.get(b, i);
            int g3 = gram(w & 0xFFFFFF);
            if (has(PREFIX3, g3) && (has(GRAMS4, gram(w)) || has(GRAMS3, g3)) && startsKeyword(b, i, end)) return true;
        }
        // the last three positions hold only three-letter keywords, if any
        for (; i + 3 <= end; i++) {
            if (startsKeyword(b, i, end)) return true;
        }
        return false;
    }


    /** A bit number for four (or three, the fourth zero) bytes read little-endian. */
    private static int gram(int w) {
        return (w * 0x9E3779B1) >>> (32 - 15);
    }

    private static boolean has(long[] bits, int bit) {
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private static void set(long[] bits, int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    private static boolean startsKeyword(byte[] b, int i, int end) {
        int c = b[i], next = b[i + 1];
        if ((c | next) >= 128 || (c | next) < 0) return false;
        String[] ks = BY_PAIR[c << 7 | next];
        if (ks == null) return false;
        for (String k : ks) {
            if (startsWith(b, i, end, k)) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int at, int end, String k) {
        int n = k.length();
        if (at + n > end) return false;
        for (int j = 2; j < n; j++) {
            if (b[at + j] != k.charAt(j)) return false;
        }
        return true;
    }

    private RelevanceFilter() {}

    /** Every keyword, for tests that compare the prefilter with a plain search. */
    static java.util.List<String> keywords() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String[] ks : BY_PAIR) {
            if (ks != null) all.addAll(java.util.List.of(ks));
        }
        return all;
    }

    /** A line holding w holds one of the device tokens already (so w adds only cost). */
    private static boolean coveredBy(String w, String[] tokens) {
        for (String t : tokens) {
            if (w.contains(t)) return true;
        }
        return false;
    }

    /** The needle with its first letter in upper case ("atts are acceptable" -> "Atts are acceptable"). */
    private static String capitalized(String n) {
        for (int i = 0; i < n.length(); i++) {
            if (Character.isLetter(n.charAt(i))) return n.substring(0, i) + Character.toUpperCase(n.charAt(i)) + n.substring(i + 1);
        }
        return n;
    }

    static boolean mayBeRelevant(String s) {
        int n = s.length();
        if (n < 2) return false;
        char next = s.charAt(0);
        for (int i = 0; i < n - 1; i++) {
            char c = next;
            next = s.charAt(i + 1);
            if ((c | next) >= 128) continue;
            String[] ks = BY_PAIR[c << 7 | next];
            if (ks == null) continue;
            for (String k : ks) {
                if (s.startsWith(k, i)) return true;
            }
        }
        return false;
    }
}
