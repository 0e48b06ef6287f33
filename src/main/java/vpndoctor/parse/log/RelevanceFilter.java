package vpndoctor.parse.log;

/**
 * The cheap first gate: a line that names nothing about IKE, IPsec, crypto, NAT or connections is
 * irrelevant and never reaches a regex. One pass over the characters; only at a character that can
 * start a keyword are the few keywords starting with it compared. Case-sensitive on purpose: devices
 * spell these tokens in fixed case, and case folding would cost more than the whole check.
 */
final class RelevanceFilter {
    private static final String[] KEYWORDS = {
        "ISAKMP", "ISAMKP", "IPSEC", "IPSec", "IPsec", "ipsec", "IKE", "isakmp", "crypto", "CRYPTO", "Crypto",
        "%ASA-", "%PIX-", "%FWSM-", "VPN", "Peer", "peer", "SA ", "SA:", "SA!", "SA,", "SAs", "proxy", "transform",
        "NOTIFY", "Notify", "notify", "DPD", "translation", "Teardown", "Built", "OAK_", "ISADB", "Reserved Not Zero",
        "reserved not zero", "message ID", "Group = ", "IP = ", "NO TRANS", "Tunnel", "tunnel", "PHASE", "Phase",
        "phase", "fragment", "Client Encryption", "user object", "state machine", "proposal", "(key eng. msg.)",
        "protocol=", "protocol =", "lifedur", "spi=", "spi =", "conn_id", "flags=", "Main Mode", "Quick Mode",
        "No proposal chosen", "IKMP", "Oakley", "keepalive", "keep-alive", "Local:", "Remote:",
    };
    /** For each ASCII character, the keywords that start with it (null: none). */
    private static final String[][] BY_FIRST = new String[128][];

    static {
        for (String k : KEYWORDS) {
            char c = k.charAt(0);
            String[] old = BY_FIRST[c];
            String[] next = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            next[next.length - 1] = k;
            BY_FIRST[c] = next;
        }
    }

    private RelevanceFilter() {}

    static boolean mayBeRelevant(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) continue;
            String[] ks = BY_FIRST[c];
            if (ks == null) continue;
            for (String k : ks) {
                if (s.startsWith(k, i)) return true;
            }
        }
        return false;
    }
}
