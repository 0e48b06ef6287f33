package vpndoctor.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.engine.RuleFile;

/**
 * What each rule concludes about causes, read from the rule text: the {@code new Support("ID"}
 * and {@code new Against("ID"} in its consequence, its @description and its conditions. The
 * answer to "what would this cause have needed?" for whynot.
 */
final class RuleIndex {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\s*$", Pattern.DOTALL);
    private static final Pattern DESCRIPTION = Pattern.compile("@description\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern SUPPORT = Pattern.compile("new\\s+Support\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern AGAINST = Pattern.compile("new\\s+Against\\(\\s*\"([A-Z0-9_]+)\"");

    /** One rule: where it is, what it says, what it needs (its conditions), which causes it backs or weakens. */
    record Entry(String name, String where, String description, List<String> conditions, List<String> supports, List<String> againsts) {}

    private final List<Entry> entries = new ArrayList<>();

    RuleIndex(List<RuleFile> files) {
        for (RuleFile f : files) {
            Matcher m = RULE.matcher(f.content());
            while (m.find()) {
                String body = m.group(2);
                int when = body.indexOf("\nwhen");
                int then = body.indexOf("\nthen");
                List<String> cond = new ArrayList<>();
                if (when >= 0 && then > when) {
                    for (String l : body.substring(when + 5, then).split("\n")) if (!l.isBlank() && !l.strip().startsWith("//")) cond.add(l.strip());
                }
                Matcher d = DESCRIPTION.matcher(body);
                String rhs = then >= 0 ? body.substring(then) : "";
                entries.add(new Entry(m.group(1), f.location() + ":" + lineOf(f.content(), m.start()),
                        d.find() ? d.group(1) : "", cond, ids(SUPPORT, rhs), ids(AGAINST, rhs)));
            }
        }
    }

    List<Entry> supporting(String causeId) { return entries.stream().filter(e -> e.supports.contains(causeId)).toList(); }
    List<Entry> against(String causeId) { return entries.stream().filter(e -> e.againsts.contains(causeId)).toList(); }

    private static List<String> ids(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        // the match starts at the beginning of the rule's line (or the blank lines before it)
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) { if (text.charAt(offset) == '\n') line++; offset++; }
        return line;
    }
}
