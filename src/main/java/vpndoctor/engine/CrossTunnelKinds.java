package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules may match across tunnels, read from the rule texts (DSL sentences expanded), for a
 * run whose facts are all log events (the only runs the shape memo serves). Rules that need a fact
 * no such run can have (a config fact, an observation, or a conclusion only such rules make) are left
 * out: they never fire. In the others, the first fact condition is the rule's anchor; every other
 * condition must be tied to it ({@code tunnel == $t}, {@code tunnel in (...)}, {@code peer == ...},
 * {@code this == $e}; {@code local == ...} joins are kept within one batch by TunnelBatches.split and
 * its shared witnesses). An untied condition on a log event (e.g. "not LogEvent( kind == "SA_CLEARED",
 * lastSeq < $e.firstSeq )") may match another tunnel's event in the same batch: its kinds are
 * collected, and a run where a tunnel has an event of such a kind does not use the memo. An untied
 * condition on a conclusion (e.g. "not VpnTrouble()", any tunnel's symptom) is allowed only when the
 * rule's anchor is a symptom of named codes: a tunnel with such a symptom is never memoised.
 * Anything else this reading cannot tell: null, no memo.
 */
final class CrossTunnelKinds {
    private CrossTunnelKinds() {}

    /**
     * One rule with conditions tied to no tunnel: the event kinds its anchor can rest on, and those the
     * untied conditions can match or rest on (null: any kind).
     */
    record Cross(Set<String> anchorKinds, Set<String> reachKinds, Set<String> anchorCodes, String rule) {}

    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]*)\".*?^\\s*when\\s*$(.*?)^\\s*then\\s*$(.*?)^\\s*end\\s*$");
    /** A condition on a fact type: Type( ... ), the type possibly package-qualified. */
    private static final Pattern CONDITION = Pattern.compile("(?<![\\w.$])(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\s*\\(");
    private static final Pattern TIED = Pattern.compile("\\btunnel\\s*(?:==|in\\b)|\\bthis\\s*==|\\bpeer\\s*==|\\blocal\\s*==");
    private static final Pattern KIND_IS = Pattern.compile("\\bkind\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern KIND_IN = Pattern.compile("\\bkind\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern KIND_MEMBER = Pattern.compile("\\bkind\\s+memberOf\\s+(?:[\\w.]*\\.)?EventKinds\\.(\\w+)");
    private static final Pattern CODE_IS = Pattern.compile("\\bcode\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern INSERT = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(?:new\\s+(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\s*\\(|(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\.\\w+\\s*\\()?");
    /** Types that are not facts in working memory (the values of a from / collect / accumulate). */
    private static final Set<String> VALUES = Set.of("List", "ArrayList", "Set", "Collection", "String", "Number", "Integer", "Long", "Double", "Object");
    private static final Set<String> EVENT_TYPES = Set.of("LogEvent", "LogLine");

    /** var: the variable the condition binds its fact to ($e : LogEvent(...)), or null. */
    private record Condition(String type, String var, String body, boolean positive) {}
    /** symptomCodes: the codes of the symptoms it inserts (null: one it inserts is not a literal). */
    record Rule(String name, List<Condition> conditions, Set<String> inserts, Set<String> symptomCodes) {}

    /**
     * The rules a run of log events alone can fire, as text (DSL expanded, comments dropped), and the
     * rule files' text outside every rule (functions, queries, declarations); null when this reading
     * cannot tell. ShapeMemo reads how these rules use an attribute's value (AddressShapes).
     */
    record Live(List<LiveRule> rules, String outside) {}

    /** One rule that can fire on log events alone: its name, conditions and consequence. */
    record LiveRule(String name, String when, String then) {}

    /** The rule files read once, for {@link #of(Read)} and {@link #live(Read)}. */
    record Read(List<Rule> rules, List<LiveRule> texts, String outside) {}

    /** The rule files read (DSL expanded), or null when this reading cannot tell. */
    static Read read(List<RuleFile> files) {
        List<RuleFile> dsl = vpndoctor.authoring.DslText.dslFiles(files);
        List<Rule> rules = new ArrayList<>();
        List<LiveRule> texts = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        for (RuleFile f : files) {
            String ext = f.extension();
            if (!ext.equals("drl") && !ext.equals("dslr")) continue;
            String text = ext.equals("dslr") ? vpndoctor.authoring.DslText.expand(f.content(), dsl) : f.content();
            String plain = text.replaceAll("(?m)^\\s*//.*$", "");
            Matcher r = RULE.matcher(plain);
            int last = 0;
            while (r.find()) {
                Rule rule = parse(r.group(1), r.group(2), r.group(3));
                if (rule == null) return null;
                rules.add(rule);
                texts.add(new LiveRule(r.group(1), r.group(2), r.group(3)));
                outside.append(plain, last, r.start()).append('\n');
                last = r.end();
            }
            outside.append(plain, last, plain.length()).append('\n');
        }
        return new Read(rules, texts, outside.toString());
    }

    /** The rules that can fire in a run whose facts are log events (a fixpoint over the types rules insert); null: cannot tell. */
    private static List<Rule> live(List<Rule> rules, Set<String> possible) {
        List<Rule> live = new ArrayList<>();
        Set<Rule> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Rule rule : rules) {
                if (in.contains(rule) || !rule.conditions().stream().allMatch(c -> !c.positive() || possible.contains(c.type()))) continue;
                live.add(rule);
                in.add(rule);
                if (rule.inserts() == null) return null;
                possible.addAll(rule.inserts());
                grew = true;
            }
        }
        return live;
    }

    /** See {@link Live}. */
    static Live live(List<RuleFile> files) {
        return live(read(files));
    }

    /** See {@link Live}; null when {@code read} is. */
    static Live live(Read read) {
        if (read == null) return null;
        List<Rule> live = live(read.rules(), new HashSet<>(EVENT_TYPES));
        if (live == null) return null;
        Set<Rule> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        in.addAll(live);
        List<LiveRule> out = new ArrayList<>();
        for (int i = 0; i < read.rules().size(); i++) if (in.contains(read.rules().get(i))) out.add(read.texts().get(i));
        return new Live(out, read.outside());
    }

    /** The rules that may match across tunnels; null when this reading cannot tell (the memo is then never used). */
    static List<Cross> of(List<RuleFile> files) {
        return of(read(files));
    }

    /** See {@link #of(List)}; null when {@code read} is. */
    static List<Cross> of(Read read) {
        if (read == null) return null;
        // the fact types a run of log events can hold: the events, then what rules that can fire insert
        Set<String> possible = new HashSet<>(EVENT_TYPES);
        List<Rule> live = live(read.rules(), possible);
        if (live == null) return null;
        List<Cross> out = new ArrayList<>();
        for (Rule rule : live) {
            Condition anchor = null;
            List<Condition> untied = new ArrayList<>();
            for (Condition c : rule.conditions()) {
                if (!possible.contains(c.type())) continue; // never there: a negated condition on it always holds
                if (anchor == null) { anchor = c; continue; }
                if (TIED.matcher(c.body()).find()) continue;
                // a fact about the anchor itself (e.g. TracedFlow( event == $e ))
                if (anchor.var() != null && Pattern.compile("==\\s*" + Pattern.quote(anchor.var()) + "\\b(?!\\s*\\.)").matcher(c.body()).find()) continue;
                untied.add(c);
            }
            if (untied.isEmpty()) continue;
            Set<String> anchors = origins(anchor, live, new HashSet<>());
            Set<String> reach = new HashSet<>();
            for (Condition c : untied) {
                Set<String> k = origins(c, live, new HashSet<>());
                if (k == null) { reach = null; break; }
                reach.addAll(k);
            }
            out.add(new Cross(anchors, reach, anchor.type().equals("Symptom") ? codesIn(anchor.body()) : null, rule.name()));
        }
        return out;
    }

    /**
     * The event kinds a fact matching this condition can rest on: its own kinds for an event; for a
     * conclusion, those of the anchors of the rules that insert it (symptoms by code). Null: any kind.
     */
    private static Set<String> origins(Condition c, List<Rule> live, Set<String> visiting) {
        if (EVENT_TYPES.contains(c.type())) return kindsIn(c.body());
        Set<String> codes = c.type().equals("Symptom") ? codesIn(c.body()) : null;
        String key = c.type() + ":" + codes;
        if (!visiting.add(key)) return Set.of(); // a cycle adds nothing new
        Set<String> out = new HashSet<>();
        for (Rule r : live) {
            boolean makes = false;
            for (String ins : r.inserts()) {
                if (!ins.equals(c.type())) continue;
                if (codes == null) { makes = true; break; }
                Set<String> made = r.symptomCodes();
                if (made == null || made.stream().anyMatch(codes::contains)) { makes = true; break; }
            }
            if (!makes) continue;
            Condition a = r.conditions().stream().filter(x -> x.positive() || EVENT_TYPES.contains(x.type())).findFirst().orElse(null);
            if (a == null) return null;
            Set<String> k = origins(a, live, visiting);
            if (k == null) return null;
            out.addAll(k);
        }
        return out;
    }

    /** One rule's conditions and the types it inserts (null inserts: an insert this reading cannot name). */
    private static Rule parse(String name, String when, String then) {
        List<int[]> notPositive = new ArrayList<>();
        // conditions under not / forall / collect / accumulate, or in a group with "or", need not match for the rule to fire
        Matcher g = Pattern.compile("\\b(?:not|forall|collect|accumulate)\\s*\\(|\\(").matcher(when);
        while (g.find()) {
            int open = g.end() - 1;
            String inside = balanced(when, open);
            if (inside == null) return null;
            if (!g.group().equals("(") || inside.matches("(?s).*\\bor\\b.*")) notPositive.add(new int[] {open, open + inside.length() + 1});
        }
        if (when.matches("(?s).*\\bor\\b.*")) notPositive.add(new int[] {-1, when.length()}); // where an "or" binds, this reading does not try
        List<Condition> out = new ArrayList<>();
        Matcher c = CONDITION.matcher(when);
        while (c.find()) {
            String type = c.group(1);
            int open = c.end() - 1;
            String body = balanced(when, open);
            if (body == null) return null;
            if (VALUES.contains(type)) continue;
            String after = when.substring(open + body.length() + 2).stripLeading();
            if (after.startsWith("from")) continue; // a value of a bound fact's, not a fact
            int at = c.start();
            boolean negated = when.substring(0, at).matches("(?s).*\\b(?:not|forall)\\s*(?:\\$\\w+\\s*:\\s*)?$")
                    || notPositive.stream().anyMatch(r -> at > r[0] && at < r[1]);
            Matcher v = Pattern.compile("(\\$\\w+)\\s*:\\s*(?:[a-z]\\w*\\.)*$").matcher(when.substring(Math.max(0, at - 80), at));
            out.add(new Condition(type, v.find() ? v.group(1) : null, body, !negated));
        }
        Set<String> inserts = new HashSet<>();
        Matcher i = INSERT.matcher(then);
        while (i.find()) {
            String t = i.group(1) != null ? i.group(1) : i.group(2);
            if (t == null) return new Rule(name, out, null, null);
            inserts.add(t);
        }
        if (then.matches("(?s).*\\b(?:modify|update)\\s*\\(.*")) return new Rule(name, out, null, null);
        Set<String> codes = new HashSet<>();
        Matcher sc = Pattern.compile("new\\s+(?:[a-z]\\w*\\.)*Symptom\\s*\\(\\s*(\"([^\"]*)\")?").matcher(then);
        while (sc.find()) {
            if (sc.group(1) == null) { codes = null; break; }
            codes.add(sc.group(2));
        }
        return new Rule(name, out, inserts, codes);
    }

    /** The codes a symptom condition names, or null when it may match any. */
    private static Set<String> codesIn(String body) {
        if (body.matches("(?s).*\\bcode\\s*(?:!=|not\\s+in|matches).*")) return null;
        Set<String> out = new HashSet<>();
        Matcher m = CODE_IS.matcher(body);
        while (m.find()) out.add(m.group(1));
        m = Pattern.compile("\\bcode\\s+in\\s*\\(([^)]*)\\)").matcher(body);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) out.add(q.group(1));
        }
        return out.isEmpty() ? null : out;
    }

    /** The kinds a condition names, or null when it may match any kind (no kind test, or a negative one). */
    static Set<String> kindsIn(String body) {
        if (body.matches("(?s).*\\bkind\\s*(?:!=|not\\s+in|not\\s+memberOf|matches|str\\[).*")) return null;
        Set<String> out = new HashSet<>();
        Matcher m = KIND_IS.matcher(body);
        while (m.find()) out.add(m.group(1));
        m = KIND_IN.matcher(body);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) out.add(q.group(1));
        }
        m = KIND_MEMBER.matcher(body);
        while (m.find()) {
            try {
                Object set = vpndoctor.model.EventKinds.class.getField(m.group(1)).get(null);
                for (Object o : (Set<?>) set) out.add(String.valueOf(o));
            } catch (ReflectiveOperationException | ClassCastException e) {
                return null;
            }
        }
        // every mention of kind must be one of the forms read above
        int mentions = 0;
        for (Matcher k = Pattern.compile("\\bkind\\b").matcher(body); k.find(); ) mentions++;
        int read = 0;
        for (Pattern p : List.of(KIND_IS, KIND_IN, KIND_MEMBER)) for (Matcher k = p.matcher(body); k.find(); ) read++;
        return out.isEmpty() || mentions != read ? null : out;
    }

    /** The text inside the parenthesis that opens at {@code open}, or null when it does not close. */
    private static String balanced(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' && s.charAt(i - 1) != '\\') quoted = !quoted;
            if (quoted) continue;
            if (ch == '(') depth++;
            else if (ch == ')' && --depth == 0) return s.substring(open + 1, i);
        }
        return null;
    }
}
