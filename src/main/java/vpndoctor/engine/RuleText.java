package vpndoctor.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Light text handling of DRL: find rule names and blank out a rule, keeping line numbers stable. */
final class RuleText {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    private RuleText() {}

    /** Rule name → 1-based line of its "rule" keyword. */
    static Map<String, Integer> ruleNames(String drl) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            names.putIfAbsent(name, lineOf(drl, m.start()));
        }
        return names;
    }

    /** The rule named {@code name} replaced by blank lines (so other rules keep their line numbers). */
    static String withoutRule(String drl, String name) {
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            String found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!found.equals(name)) continue;
            Matcher end = END.matcher(drl);
            if (!end.find(m.end())) return drl;
            String block = drl.substring(m.start(), end.end());
            String blank = block.replaceAll("[^\n]", "");
            return drl.substring(0, m.start()) + blank + drl.substring(end.end());
        }
        return drl;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
