package vpndoctor.parse.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.config.Ip;

/**
 * The generic peer extractor for IKE/IPsec messages whose own rule did not name the peer: the fixed
 * phrases devices put in front of the remote address. Keeping it generic is what lets an unseen
 * message of a known family still be attributed to its tunnel.
 * <p>
 * The phrases, as a regex (kept as the specification; {@code PeerFinderTest} checks the scanner
 * against it): {@code (?:\bIP = |Remote: ?|peer at |\b[Pp]eer:? |IKE Peer:? |\bfrom |\bwith |Peer Info
 * for ?|\bip:|\bsrc:|srcaddr=|remote=? ?)(\d[0-9A-Fa-f.:]*+)}, taking the first match whose token
 * has the shape of an address ({@link #shaped}: a dotted run with three dots or more, or IPv6 text;
 * "with 2 proposals" is skipped, "1.2.3.4.5.6" is kept whole so the caller can note it as invalid
 * rather than read 1.2.3.4). Since no phrase holds a digit, the leftmost match is the one whose token
 * starts first; so the scanner walks the digit runs and asks, for each, whether a phrase ends right
 * before it and starts after the last refused token (a regex tried every phrase at every position: a
 * tenth of the parser's time on VPN lines).
 */
final class PeerFinder {
    static final String PHRASES =
            "(?:\\bIP = |Remote: ?|peer at |\\b[Pp]eer:? |IKE Peer:? |\\bfrom |\\bwith |Peer Info for ?|\\bip:|\\bsrc:|srcaddr=|remote=? ?)"
                    + "(\\d[0-9A-Fa-f.:]*+)";
    private static final Pattern GROUP = Pattern.compile("\\bGroup = ([^,]{1,64}),");

    private PeerFinder() {}

    /** The first address-shaped token behind a peer phrase, valid or not (the caller validates), or null. */
    static String find(String text) {
        int n = text.length();
        int resume = 0; // a refused token is consumed: a phrase must start after it (as the regex's next find does)
        for (int p = 0; p < n; p++) {
            if (!isDigit(text.charAt(p)) || p > 0 && isDigit(text.charAt(p - 1))) continue;
            int start = phraseStart(text, p);
            if (start < resume) continue;
            int end = p + 1;
            while (end < n && isTokenChar(text.charAt(end))) end++;
            String token = text.substring(p, end);
            if (shaped(token)) return token;
            resume = end;
            p = end - 1;
        }
        return null;
    }

    /** Whether a token behind a phrase has the shape of an address (valid or not). */
    static boolean shaped(String token) {
        return Ip.looksLikeAddress(Ip.withoutPort(token));
    }

    private static boolean isTokenChar(char c) {
        return c == '.' || c == ':' || Character.digit(c, 16) >= 0 && c < 128;
    }

    /** The latest start of a phrase that ends at p (the regex, searching on, finds that one), or -1. */
    private static int phraseStart(String t, int p) {
        // every phrase ends in one of these characters: a token after any other has no phrase before it
        char before = p > 0 ? t.charAt(p - 1) : 0;
        if (before != ' ' && before != ':' && before != '=' && before != 'r' && before != 'e') return -1;
        int best = -1;
        best = Math.max(best, endsWith(t, p, "IP = ") && boundaryBefore(t, p - 5) ? p - 5 : -1);
        best = Math.max(best, at(t, p, "Remote:"));
        best = Math.max(best, at(t, p, "Remote: "));
        best = Math.max(best, at(t, p, "peer at "));
        best = Math.max(best, peerWord(t, p));
        best = Math.max(best, endsWith(t, p, "from ") && boundaryBefore(t, p - 5) ? p - 5 : -1);
        best = Math.max(best, endsWith(t, p, "with ") && boundaryBefore(t, p - 5) ? p - 5 : -1);
        best = Math.max(best, at(t, p, "Peer Info for"));
        best = Math.max(best, at(t, p, "Peer Info for "));
        best = Math.max(best, endsWith(t, p, "ip:") && boundaryBefore(t, p - 3) ? p - 3 : -1);
        best = Math.max(best, endsWith(t, p, "src:") && boundaryBefore(t, p - 4) ? p - 4 : -1);
        best = Math.max(best, at(t, p, "srcaddr="));
        best = Math.max(best, at(t, p, "remote"));
        best = Math.max(best, at(t, p, "remote="));
        best = Math.max(best, at(t, p, "remote "));
        best = Math.max(best, at(t, p, "remote= "));
        return best;
    }

    private static int at(String t, int p, String s) {
        return endsWith(t, p, s) ? p - s.length() : -1;
    }

    /** "\\b[Pp]eer:? " (which also covers "IKE Peer:? ": a space stands before its P): its start, or -1. */
    private static int peerWord(String t, int p) {
        int at;
        if (endsWith(t, p, "eer: ")) at = p - 6;
        else if (endsWith(t, p, "eer ")) at = p - 5;
        else return -1;
        return at >= 0 && (t.charAt(at) == 'P' || t.charAt(at) == 'p') && boundaryBefore(t, at) ? at : -1;
    }

    private static boolean endsWith(String t, int p, String s) {
        return p >= s.length() && t.startsWith(s, p - s.length());
    }

    /** Whether \b holds before index i, whose character is a word character: no word character before it. */
    private static boolean boundaryBefore(String t, int i) {
        if (i <= 0) return true;
        int ch = Character.codePointBefore(t, i);
        if (isWord(ch)) return false;
        if (Character.getType(ch) != Character.NON_SPACING_MARK) return true;
        // java.util.regex counts a mark as a word character when a letter or digit carries it
        for (int j = i - Character.charCount(ch); j > 0; ) {
            int c = Character.codePointBefore(t, j);
            if (Character.getType(c) != Character.NON_SPACING_MARK) return !Character.isLetterOrDigit(c);
            j -= Character.charCount(c);
        }
        return true;
    }

    private static boolean isWord(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The ASA "Group = name," field, or null. */
    static String group(String text) {
        // GROUP by hand: the first "Group = " at a word start followed by 1 to 64 characters up to a comma
        for (int at = text.indexOf("Group = "); at >= 0; at = text.indexOf("Group = ", at + 1)) {
            if (!boundaryBefore(text, at)) continue;
            int from = at + "Group = ".length();
            int comma = text.indexOf(',', from);
            if (comma > from && comma - from <= 64) return text.substring(from, comma).trim();
        }
        return null;
    }

    /** The ASA "Group = name," field by the regex {@link #group} implements (kept as its specification for the tests). */
    static String groupByRegex(String text) {
        if (!text.contains("Group = ")) return null;
        Matcher m = GROUP.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
