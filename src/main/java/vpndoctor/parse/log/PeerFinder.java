package vpndoctor.parse.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic peer extractor for IKE/IPsec messages whose own rule did not name the peer: the fixed
 * phrases devices put in front of the remote address. Keeping it generic is what lets an unseen
 * message of a known family still be attributed to its tunnel.
 */
final class PeerFinder {
    private static final Pattern PEER = Pattern.compile(
            "(?:\\bIP = |Remote: ?|peer at |\\b[Pp]eer:? |IKE Peer:? |\\bfrom |\\bwith |Peer Info for ?|\\bip:|\\bsrc:|srcaddr=|remote=? ?)"
                    + "(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})");
    private static final Pattern GROUP = Pattern.compile("\\bGroup = ([^,]{1,64}),");

    private PeerFinder() {}

    /** The first address behind a peer phrase, valid or not (the caller validates), or null. */
    static String find(String text) {
        Matcher m = PEER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The ASA "Group = name," field, or null. */
    static String group(String text) {
        if (!text.contains("Group = ")) return null;
        Matcher m = GROUP.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
