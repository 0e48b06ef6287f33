package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.EventKind;
import vpndoctor.model.EventKinds;
import vpndoctor.model.FactDoc;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Symptom;

/**
 * A rule condition (one DRL pattern line) in the engineer's words, with whether the session holds
 * anything that could meet it: what whynot prints unless --rules asks for the patterns themselves.
 * Only the fact type and its kind/code are read; the finer constraints stay in the rule.
 */
final class ConditionWords {
    private static final Pattern TYPE = Pattern.compile("^(?:\\$\\w+\\s*:\\s*)?(not\\s+|exists\\s+)?\\(?\\s*(?:\\$\\w+\\s*:\\s*)?((?:[a-z]+\\.)*([A-Z]\\w*))\\s*\\(");
    private static final Pattern KIND_EQ = Pattern.compile("kind\\s*==\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern KIND_IN = Pattern.compile("kind\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern KIND_SET = Pattern.compile("kind\\s+memberOf\\s+EventKinds\\.(\\w+)");
    private static final Pattern CODE = Pattern.compile("code\\s*==\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([A-Z0-9_]+)\"");

    /** One condition: the words, and where the session stands on it. */
    record Words(String needs, String standing) {}

    private ConditionWords() {}

    /** The condition in words, or null for a line that only continues a pattern (a constraint, a bracket). */
    static Words of(String condition, ConsoleSession s) {
        String c = condition.strip().replaceFirst("^(and|or)\\s+", "");
        Matcher m = TYPE.matcher(c);
        if (!m.find()) return null;
        boolean negated = m.group(1) != null && m.group(1).startsWith("not");
        String type = m.group(3);
        String what;
        boolean present;
        if (type.equals("LogEvent")) {
            Set<String> kinds = kinds(c);
            what = kinds.isEmpty() ? "a log message" : "a log message " + describeKinds(kinds);
            present = s.inputFacts().stream().anyMatch(f -> f instanceof LogEvent e && (kinds.isEmpty() || kinds.contains(e.getKind())));
        } else if (type.equals("Symptom")) {
            Matcher code = CODE.matcher(c);
            String k = code.find() ? code.group(1) : null;
            what = k == null ? "a symptom" : "the symptom " + k;
            present = s.derived(Symptom.class).stream().anyMatch(sy -> k == null || k.equals(sy.getCode()));
        } else {
            Class<?> cls = FactCommands.derivedType(type);
            if (cls == null) cls = configType(type);
            String doc = cls == null || cls.getAnnotation(FactDoc.class) == null ? "" : cls.getAnnotation(FactDoc.class).value();
            what = "a " + type + (doc.isEmpty() ? "" : " (" + firstClause(doc) + ")");
            Class<?> t = cls;
            present = t != null && (s.inputFacts().stream().anyMatch(t::isInstance) || !s.derived(t).isEmpty());
        }
        if (negated) return new Words("no " + what.replaceFirst("^(a|the) ", ""), present ? "blocked: the evidence has one" : "met: there is none");
        return new Words(what, present ? "present in the evidence (the rule's finer conditions decide)" : "missing: none in the evidence");
    }

    private static Set<String> kinds(String c) {
        Set<String> out = new LinkedHashSet<>();
        Matcher eq = KIND_EQ.matcher(c);
        while (eq.find()) out.add(eq.group(1));
        Matcher in = KIND_IN.matcher(c);
        while (in.find()) {
            Matcher q = QUOTED.matcher(in.group(1));
            while (q.find()) out.add(q.group(1));
        }
        Matcher set = KIND_SET.matcher(c);
        while (set.find()) out.addAll(EventKinds.all().getOrDefault(set.group(1), Set.of()));
        return out;
    }

    private static String describeKinds(Set<String> kinds) {
        List<String> parts = new ArrayList<>();
        for (String k : kinds) {
            String d = "";
            try { d = EventKind.valueOf(k).description(); } catch (IllegalArgumentException e) { /* a kind no parser knows */ }
            parts.add(d.isEmpty() ? k : k + " (" + firstClause(d) + ")");
        }
        return String.join(" or ", parts);
    }

    private static String firstClause(String doc) {
        String d = doc.strip();
        int cut = d.length();
        for (String stop : List.of(": ", ". ", " attrs:")) {
            int i = d.indexOf(stop);
            if (i > 0 && i < cut) cut = i;
        }
        return d.substring(0, cut).replaceFirst("\\.$", "").toLowerCase(Locale.ROOT).replaceFirst("^a ", "");
    }

    private static Class<?> configType(String name) {
        try {
            return Class.forName("vpndoctor.model.config." + name);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return null;
        }
    }
}
