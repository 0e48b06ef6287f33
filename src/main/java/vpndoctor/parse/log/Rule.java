package vpndoctor.parse.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;

/**
 * One message form: a lower-case keyword that must occur (cheap gate), an optional regex for the
 * values, the kind it means and fixed attributes. Families are ordered lists of rules, first match
 * wins, so adding a wording is one line in a table.
 */
final class Rule {
    /** Fills attributes/addresses from the regex match (m is null for keyword-only rules). */
    interface Action {
        void apply(Matcher m, Parsed out);
    }

    private final String needle;
    /** The keyword's id in {@link Needles}. */
    private final int needleId;
    private final Pattern pattern;
    private final EventKind kind;
    private final String[] fixed;
    private final Action action;

    private Rule(String needle, Pattern pattern, EventKind kind, String[] fixed, Action action) {
        this.needle = needle;
        this.needleId = Needles.id(needle);
        this.pattern = pattern;
        this.kind = kind;
        this.fixed = fixed;
        this.action = action;
        // the attribute contract with the rules: a name nobody declared fails when the tables load
        for (int i = 0; i + 1 < fixed.length; i += 2) vpndoctor.model.LogAttributes.require(fixed[i]);
    }

    /** Keyword-only rule with fixed attributes given as key, value, key, value... */
    static Rule of(String needle, EventKind kind, String... fixed) {
        return new Rule(needle.toLowerCase(), null, kind, fixed, null);
    }

    /** Keyword gate plus a case-insensitive regex (found anywhere in the message). */
    static Rule re(String needle, String regex, EventKind kind, Action action, String... fixed) {
        return new Rule(needle.toLowerCase(), Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, fixed, action);
    }

    /** Keyword rule with an action that inspects nothing but sets addresses from elsewhere. */
    static Rule act(String needle, EventKind kind, Action action, String... fixed) {
        return new Rule(needle.toLowerCase(), null, kind, fixed, action);
    }

    /** A recognized message that says nothing useful for diagnosis: counted irrelevant, no event. */
    static Rule ignore(String needle) {
        return new Rule(needle.toLowerCase(), null, null, new String[0], null);
    }

    /** The lower-case keyword every line this rule reads contains (what the fast path must look for). */
    String needle() {
        return needle;
    }

    /** The kind it gives (null for an ignore rule). */
    EventKind kind() {
        return kind;
    }

    /** True when the keyword alone decides (no regex): a line holding the keyword is this rule's, unless an earlier rule takes it. */
    boolean keywordOnly() {
        return pattern == null;
    }

    /** The keywords of a family's rules. */
    static String[] needles(List<Rule> rules) {
        return rules.stream().map(Rule::needle).distinct().toArray(String[]::new);
    }

    boolean apply(Msg msg, Parsed out) {
        if (!msg.hasNeedle(needleId, needle)) return false;
        Matcher m = null;
        if (pattern != null) {
            m = pattern.matcher(msg.text);
            if (!m.find()) return false;
        }
        if (kind == null) {
            out.ignore = true;
            return true;
        }
        out.is(kind);
        for (int i = 0; i + 1 < fixed.length; i += 2) out.attr(fixed[i], fixed[i + 1]);
        if (action != null) action.apply(m, out);
        return true;
    }

    /** Applies the first matching rule of a family; false when none matches. */
    static boolean first(List<Rule> rules, Msg msg, Parsed out) {
        for (Rule r : rules) {
            if (r.apply(msg, out)) return true;
        }
        return false;
    }
}
