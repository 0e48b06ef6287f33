package vpndoctor.parse.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic peer extractor for IKE/IPsec messages whose own rule did not name the peer: the fixed
 * phrases devices put in front of the remote address. Keeping it generic is what lets an unseen
 * message of a known family still be attributed to its tunnel.
 * <p>
 * The phrases, as a regex (kept as the specification; {@code PeerFinderTest} checks the scanner
 * against it): {@code (?:\bIP = |Remote: ?|peer at |\b[Pp]eer:? |IKE Peer:? |\bfrom |\bwith |Peer Info
 * for ?|\bip:|\bsrc:|srcaddr=|remote=? ?)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})}. Since no phrase holds a
 * digit, the leftmost match is the one whose address starts first; so the scanner walks the digit runs
 * and asks, for each address-shaped one, whether a phrase ends right before it (a regex tried every
 * phrase at every position: a tenth of the parser's time on VPN lines).
 */
final class PeerFinder {
    static final String PHRASES =
            "(?:\\bIP = |Remote: ?|peer at |\\b[Pp]eer:? |IKE Peer:? |\\bfrom |\\bwith |Peer Info for ?|\\bip:|\\bsrc:|srcaddr=|remote=? ?)"
                    + "(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})";
    private static final Pattern GROUP = Pattern.compile("\\bGroup = ([^,]{1,64}),");

    private PeerFinder() {}

    /** The first address behind a peer phrase, valid or not (the caller validates), or null. */
    static String find(String text) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!isDigit(text.charAt(p)) || p > 0 && isDigit(text.charAt(p - 1))) continue;
            int end = address(text, p);
            if (end > 0 && phraseEndsAt(text, p)) return text.substring(p, end);
        }
        return null;
    }

    /** End of \d{1,3}(\.\d{1,3}){3} at p, as the regex would take it (greedy), or -1. */
    private static int address(String t, int p) {
        int i = p;
        for (int octet = 0; octet < 4; octet++) {
            int d = i;
            while (i < t.length() && i - d < 3 && isDigit(t.charAt(i))) i++;
            if (i == d) return -1;
            if (octet < 3) {
                if (i >= t.length() || t.charAt(i) != '.') return -1; // a fourth digit, or no dot: no backtracking helps
                i++;
            }
        }
        return i;
    }

    private static boolean phraseEndsAt(String t, int p) {
        return endsWith(t, p, "IP = ") && boundaryBefore(t, p - 5)
                || endsWith(t, p, "Remote:") || endsWith(t, p, "Remote: ")
                || endsWith(t, p, "peer at ")
                || peerWord(t, p)
                || endsWith(t, p, "from ") && boundaryBefore(t, p - 5)
                || endsWith(t, p, "with ") && boundaryBefore(t, p - 5)
                || endsWith(t, p, "Peer Info for") || endsWith(t, p, "Peer Info for ")
                || endsWith(t, p, "ip:") && boundaryBefore(t, p - 3)
                || endsWith(t, p, "src:") && boundaryBefore(t, p - 4)
                || endsWith(t, p, "srcaddr=")
                || endsWith(t, p, "remote") || endsWith(t, p, "remote=") || endsWith(t, p, "remote ") || endsWith(t, p, "remote= ");
    }

    /** "\b[Pp]eer:? " (which also covers "IKE Peer:? ": a space stands before its P). */
    private static boolean peerWord(String t, int p) {
        int at;
        if (endsWith(t, p, "eer: ")) at = p - 6;
        else if (endsWith(t, p, "eer ")) at = p - 5;
        else return false;
        return at >= 0 && (t.charAt(at) == 'P' || t.charAt(at) == 'p') && boundaryBefore(t, at);
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
        if (!text.contains("Group = ")) return null;
        Matcher m = GROUP.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
