package vpndoctor.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule as text: its name, the line of its "rule" keyword, the attribute/metadata header, the
 * conditions (lhs) and the consequence (rhs), with the line each part starts on. Comments are
 * blanked (line numbers kept), so the linter's regular expressions see only code.
 */
public record RuleBlock(String name, int line, String header, String lhs, int lhsLine, String rhs, int rhsLine) {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b(.*)$");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b(.*)$");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*;?\\s*$");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+)?([A-Z]\\w*)");

    /** The rules of a DRL (or expanded DSLR) text, in file order. */
    public static List<RuleBlock> parse(String text) {
        String[] lines = withoutComments(text).split("\n", -1);
        List<RuleBlock> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (!m.find()) continue;
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            StringBuilder header = new StringBuilder(lines[i].substring(m.end())).append('\n');
            StringBuilder lhs = new StringBuilder();
            StringBuilder rhs = new StringBuilder();
            int lhsLine = 0, rhsLine = 0, part = 0, j = i + 1;
            for (; j < lines.length; j++) {
                String l = lines[j];
                Matcher w = WHEN.matcher(l), t = THEN.matcher(l);
                if (part == 0 && w.find()) { part = 1; lhsLine = j + 1; lhs.append(w.group(1)).append('\n'); continue; }
                if (part <= 1 && t.find()) { part = 2; rhsLine = j + 1; rhs.append(t.group(1)).append('\n'); continue; }
                if (END.matcher(l).find()) break;
                (part == 0 ? header : part == 1 ? lhs : rhs).append(l).append('\n');
            }
            out.add(new RuleBlock(name, i + 1, header.toString(), lhs.toString(), lhsLine, rhs.toString(), rhsLine));
            i = j;
        }
        return out;
    }

    /** Types the text declares itself (declare X ... end): facts rules may insert. */
    public static List<String> declaredTypes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DECLARE.matcher(withoutComments(text));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** The 1-based line of an offset inside the rhs. */
    public int rhsLineOf(int offset) { return rhsLine + countNewlines(rhs, offset); }

    /** The 1-based line of an offset inside the lhs. */
    public int lhsLineOf(int offset) { return lhsLine + countNewlines(lhs, offset); }

    public boolean hasDescription() { return header.contains("@description"); }

    private static int countNewlines(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** Blanks // and block comments outside string literals, keeping every newline. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false, line = false, block = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (line) { if (c == '\n') { line = false; out.append(c); } continue; }
            if (block) {
                if (c == '*' && next == '/') { block = false; i++; }
                else if (c == '\n') out.append(c);
                continue;
            }
            if (inString) {
                out.append(c);
                if (c == '\\' && next != 0) { out.append(next); i++; }
                else if (c == quote) inString = false;
                continue;
            }
            if (c == '"' || c == '\'') { inString = true; quote = c; out.append(c); continue; }
            if (c == '/' && next == '/') { line = true; i++; continue; }
            if (c == '/' && next == '*') { block = true; i++; continue; }
            if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) { line = true; continue; }
            out.append(c);
        }
        return out.toString();
    }

    /** The text with string literals emptied (""), so words inside messages are not read as code. */
    static String withoutStrings(String code) {
        return code.replaceAll("\"(?:[^\"\\\\\n]|\\\\.)*\"", "\"\"");
    }
}
