package vpndoctor.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.engine.DidYouMean;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleProblem;
import vpndoctor.engine.RuleProblem.Severity;
import vpndoctor.model.EventKind;
import vpndoctor.model.EventKinds;
import vpndoctor.model.LogAttributes;

/**
 * The string contract between parsers and rules, checked: every event kind a LogEvent pattern names
 * ({@code kind == "X"}, {@code kind != "X"}, {@code kind in (...)}) must be an {@link EventKind}, every
 * attribute read with {@code attr("x")} / {@code has("x")} one the parsers can set ({@link LogAttributes}).
 * An unknown name is an error with file:line and the nearest known name: such a rule silently never fires.
 * Between rules, symptoms are the contract: a {@code Symptom( code == "X" )} no rule in effect produces is
 * an error, and matching a symptom's detail text (prose, free to change) rather than its code or
 * variant is one too.
 */
final class EventContract {
    private static final Pattern KIND_IS = Pattern.compile("\\bkind\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern KIND_IN = Pattern.compile("\\bkind\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern ATTR = Pattern.compile("(?<![\\w$])(?:attr|has)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SYMPTOM_CODE = Pattern.compile("\\bcode\\s*(?:==|!=)\\s*\"([^\"]*)\"|\\bcode\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern SYMPTOM_DETAIL = Pattern.compile("\\bdetail\\s*(?:==|!=|in\\b|not\\s+in\\b|matches\\b|str\\[)");
    private static final Pattern DETAIL_TEST = Pattern.compile("getDetail\\(\\)\\s*(?:\\.\\s*(?:equals|equalsIgnoreCase|contains|startsWith|endsWith|matches)\\s*\\(|==|!=)");
    private static final Pattern PRODUCED = Pattern.compile("\\bnew\\s+(?:vpndoctor\\.model\\.)?Symptom\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern TYPE_BEFORE = Pattern.compile("([A-Za-z_]\\w*)\\s*$");

    private static final Set<String> KINDS = new TreeSet<>();
    static {
        for (EventKind k : EventKind.values()) KINDS.add(k.name());
    }

    private EventContract() {}

    /** Symptom codes some rule in the given texts inserts. */
    static Set<String> producedSymptoms(Collection<String> texts) {
        Set<String> codes = new TreeSet<>();
        for (String t : texts) {
            Matcher m = PRODUCED.matcher(t);
            while (m.find()) codes.add(m.group(1));
        }
        return codes;
    }

    static void check(RuleFile f, RuleBlock b, Set<String> symptoms, List<RuleProblem> out) {
        String lhs = b.lhs();
        String masked = maskStrings(lhs);
        Matcher s = SYMPTOM_CODE.matcher(lhs);
        while (s.find()) {
            if (!"Symptom".equals(enclosingType(masked, s.start()))) continue;
            String list = s.group(1) != null ? "\"" + s.group(1) + "\"" : s.group(2);
            Matcher q = QUOTED.matcher(list);
            while (q.find()) {
                if (symptoms.contains(q.group(1))) continue;
                out.add(new RuleProblem(f.location(), b.lhsLineOf(s.start()), 1, Severity.ERROR, b.name(), "symptom code \"" + q.group(1)
                        + "\" is inserted by no rule in effect" + suggestion(q.group(1), symptoms)));
            }
        }
        s = SYMPTOM_DETAIL.matcher(maskStrings(lhs));
        while (s.find()) {
            if ("Symptom".equals(enclosingType(masked, s.start()))) detailText(f, b, b.lhsLineOf(s.start()), out);
        }
        s = DETAIL_TEST.matcher(b.rhs());
        while (s.find()) detailText(f, b, b.rhsLineOf(s.start()), out);
        Matcher m = KIND_IS.matcher(lhs);
        while (m.find()) {
            if ("LogEvent".equals(enclosingType(masked, m.start()))) kind(f, b, m.group(1), b.lhsLineOf(m.start()), out);
        }
        m = KIND_IN.matcher(lhs);
        while (m.find()) {
            if (!"LogEvent".equals(enclosingType(masked, m.start()))) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) kind(f, b, q.group(1), b.lhsLineOf(m.start(1) + q.start()), out);
        }
        m = ATTR.matcher(lhs);
        while (m.find()) attribute(f, b, m.group(1), b.lhsLineOf(m.start()), out);
        m = ATTR.matcher(b.rhs());
        while (m.find()) attribute(f, b, m.group(1), b.rhsLineOf(m.start()), out);
    }

    private static void detailText(RuleFile f, RuleBlock b, int line, List<RuleProblem> out) {
        out.add(new RuleProblem(f.location(), line, 1, Severity.ERROR, b.name(), "decides on a symptom's detail text, which is prose for"
                + " people: give the symptom a variant code (new Symptom(code, tunnel, detail, VARIANT)) and match variant == \"VARIANT\""));
    }

    private static void kind(RuleFile f, RuleBlock b, String kind, int line, List<RuleProblem> out) {
        if (KINDS.contains(kind)) return;
        out.add(new RuleProblem(f.location(), line, 1, Severity.ERROR, b.name(), "unknown event kind \"" + kind + "\": no parser produces it"
                + suggestion(kind, KINDS) + " (kinds: EventKind; shared lists: " + String.join(", ", EventKinds.all().keySet()) + ")"));
    }

    private static void attribute(RuleFile f, RuleBlock b, String name, int line, List<RuleProblem> out) {
        if (LogAttributes.isKnown(name)) return;
        out.add(new RuleProblem(f.location(), line, 1, Severity.ERROR, b.name(), "unknown log attribute \"" + name
                + "\": no parser sets it" + suggestion(name, LogAttributes.names()) + " (attributes: LogAttributes)"));
    }

    /** "; did you mean X?" for the nearest known name, when one is near enough to be a slip. */
    static String suggestion(String wrong, Collection<String> known) {
        return DidYouMean.nearest(wrong, known).map(b -> "; did you mean \"" + b + "\"?").orElse("");
    }

    /** The fact type whose pattern holds offset: the type name before the innermost unclosed '(' that has one. */
    static String enclosingType(String masked, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (c == ')') depth++;
            else if (c == '(') {
                if (depth > 0) { depth--; continue; }
                Matcher t = TYPE_BEFORE.matcher(masked.substring(Math.max(0, i - 80), i));
                if (t.find() && Character.isUpperCase(t.group(1).charAt(0))) return t.group(1);
            }
        }
        return null;
    }

    /** String literals' contents blanked, same length, so parentheses in messages do not count. */
    private static String maskStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) { in = !in; out.append(c); }
            else out.append(in && c != '\n' ? ' ' : c);
        }
        return out.toString();
    }

    /** For tests and docs: the names this contract knows. */
    static List<String> kinds() { return new ArrayList<>(KINDS); }
}
