package vpndoctor.parse.log;

/**
 * The SA/connection id IOS and PIX debug lines carry ("ISAKMP:(1001):", "ISAKMP (0:3):",
 * "ISAKMP (1001):", IOS-XE "ISAKMP: (1001):" and "ISAKMP-PAK: (1001):"). Lines of one SA often name the peer once; the id ties the others to it.
 * Id 0 means "no SA yet" and is shared by every negotiation, so it is not an id.
 */
final class ConnId {
    private ConnId() {}

    static String of(String text) {
        int i = text.indexOf("ISAKMP");
        if (i < 0) return null;
        int open = i + 6;
        // IOS-XE 17 tags its debug classes: "ISAKMP-PAK: (1001):", "ISAKMP-ERROR: (1003):", "ISAKMP-EVT: (1001):"
        if (open < text.length() && text.charAt(open) == '-') {
            open++;
            while (open < text.length() && Character.isUpperCase(text.charAt(open))) open++;
        }
        while (open < text.length() && (text.charAt(open) == ' ' || text.charAt(open) == ':')) open++;
        if (open >= text.length() || text.charAt(open) != '(') return null;
        int close = text.indexOf(')', open);
        if (close < 0 || close - open > 16) return null;
        String inside = text.substring(open + 1, close);
        int colon = inside.lastIndexOf(':');
        String id = colon >= 0 ? inside.substring(colon + 1) : inside;
        if (id.isEmpty() || id.equals("0")) return null;
        for (int k = 0; k < id.length(); k++) if (!Character.isDigit(id.charAt(k))) return null;
        return id;
    }
}
