package vpndoctor.report;

/** HTML escaping. Every piece of input text goes through {@link #esc} before it reaches a page. */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') b.append("&#xFFFD;"); // control characters are not text
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
