package vpndoctor.parse.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vpndoctor.model.Origin;

/**
 * One config line after masking: the only form of a line the topic parsers ever see. Tokens keep
 * their case (ACL and map names are case-sensitive); {@link #kw} compares keywords case-blind.
 */
final class ConfigLine {
    final int no;
    final String text;
    final String keyDigest;
    final boolean indented;
    final List<String> tokens;
    final Origin origin;

    ConfigLine(String source, int no, ConfigSecrets.Masked masked) {
        this.no = no;
        this.text = masked.text();
        this.keyDigest = masked.keyDigest();
        this.indented = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
        String t = text.trim();
        this.tokens = t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
        this.origin = new Origin(source, no, text);
    }

    private ConfigLine(ConfigLine flat) {
        this.no = flat.no;
        this.text = flat.text;
        this.keyDigest = flat.keyDigest;
        this.indented = true;
        this.tokens = flat.tokens;
        this.origin = flat.origin;
    }

    /** This line read as the sub-line it is though pasted at column 0 ({@link FlatPaste}); its text is unchanged. */
    ConfigLine asSubLine() { return new ConfigLine(this); }

    int size() { return tokens.size(); }
    String tok(int i) { return i < tokens.size() ? tokens.get(i) : ""; }
    /** Lower-case token i, "" past the end: keyword comparisons never go out of bounds. */
    String kw(int i) { return tok(i).toLowerCase(Locale.ROOT); }
    boolean is(int i, String keyword) { return kw(i).equals(keyword); }
    /** True when the line starts with the given keywords. */
    boolean starts(String... words) {
        for (int i = 0; i < words.length; i++) if (!is(i, words[i])) return false;
        return true;
    }
    int indexOf(String keyword) {
        for (int i = 0; i < tokens.size(); i++) if (kw(i).equals(keyword)) return i;
        return -1;
    }
    List<String> from(int i) { return i >= tokens.size() ? List.of() : tokens.subList(i, tokens.size()); }
    boolean isComment() {
        String t = text.trim();
        return t.isEmpty() || t.startsWith("!") || t.startsWith(":") || t.startsWith("#");
    }

    @Override public String toString() { return no + ": " + text; }
}
