package vpndoctor.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.engine.DidYouMean;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleProblem;
import vpndoctor.engine.RuleProblem.Severity;

/**
 * Findings a compiler does not make but a rule author wants: a rule without @description, a
 * conclusion ID the catalogue does not know, the same rule name twice, a rule matching a fact type
 * nobody inserts (it can never fire), and derived conclusions inserted with plain insert (what-if
 * needs insertLogical, so truth maintenance withdraws them), and (as errors) event kinds and log
 * attributes no parser produces ({@link EventContract}). Works on the text (DSLR expanded first).
 */
public final class RuleLinter {
    /** Conclusion types that must be inserted logically. */
    static final Set<String> CONCLUSIONS = Set.of("Symptom", "Support", "Against", "Hypothesis", "RootCause", "Benign", "Recommendation", "CandidateCause");
    /** Java types rules use with 'from' (collect/accumulate), never facts of their own. */
    private static final Set<String> NOT_FACTS = Set.of("List", "ArrayList", "Set", "HashSet", "Map", "HashMap", "Collection",
            "Number", "Object", "String", "Integer", "Long", "Double", "Boolean", "Math");

    private static final String Q = "(?:vpndoctor\\.model\\.)?";
    private static final Pattern CONCLUSION_ID = Pattern.compile("new\\s+" + Q + "(Support|Against|Benign)\\s*\\(\\s*\"([^\"]*)\"");
    /** The weight (Support) or factor (Against) given as a number literal: the third argument. */
    private static final Pattern WEIGHT = Pattern.compile("new\\s+" + Q + "(Support|Against)\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*(?:[^,()]|\\([^()]*\\))+,\\s*(-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)[dDfF]?\\s*,");
    private static final Pattern RECOMMENDATION_ID = Pattern.compile("new\\s+" + Q + "Recommendation\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\"");
    private static final Pattern PLAIN_INSERT = Pattern.compile("\\binsert\\s*\\(\\s*(?:new\\s+)?" + Q + "(" + String.join("|", CONCLUSIONS) + ")\\b");
    private static final Pattern NEW_TYPE = Pattern.compile("\\bnew\\s+(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\s*\\(");
    private static final Pattern FACTORY = Pattern.compile("\\binsert\\w*\\s*\\(\\s*(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\.\\w+\\s*\\(");
    private static final Pattern PATTERN_TYPE = Pattern.compile("(?<![\\w.$])((?:[a-z]\\w*\\.)*([A-Z]\\w*))\\s*\\(");

    private final CauseCatalog catalog;
    private final List<Class<?>> modelClasses = new ArrayList<>();

    public RuleLinter(CauseCatalog catalog) {
        this.catalog = catalog;
        for (String p : FactTypes.PACKAGES) modelClasses.addAll(FactTypes.classesOf(p));
    }

    /**
     * @param checked the files to lint
     * @param inEffect every file compiled with them (to know which fact types some rule inserts)
     * @param bundled the bundled files when the checked ones are layered on top (overrides are reported), else empty
     */
    public List<RuleProblem> lint(List<RuleFile> checked, List<RuleFile> inEffect, List<RuleFile> bundled) {
        List<RuleProblem> out = new ArrayList<>();
        Set<String> inserted = insertedTypes(inEffect);
        Set<String> declared = new HashSet<>();
        for (RuleFile f : inEffect) if (!f.extension().equals("dsl")) declared.addAll(RuleBlock.declaredTypes(textOf(f, inEffect)));
        Map<String, String> bundledRules = new HashMap<>();
        Map<String, String> bundledPaths = new HashMap<>();
        for (RuleFile f : bundled) {
            bundledPaths.put(f.relative(), f.location());
            for (RuleBlock b : blocks(f, bundled)) bundledRules.putIfAbsent(b.name(), f.location() + ":" + b.line());
        }
        List<String> texts = new ArrayList<>();
        for (RuleFile f : inEffect) if (!f.extension().equals("dsl")) texts.add(textOf(f, inEffect));
        Set<String> symptoms = EventContract.producedSymptoms(texts);
        Map<String, String> seen = new LinkedHashMap<>();
        for (RuleFile f : checked) {
            if (bundledPaths.containsKey(f.relative())) {
                out.add(new RuleProblem(f.location(), 1, 1, Severity.INFO, "", "replaces the bundled file " + bundledPaths.get(f.relative())));
            }
            if (f.extension().equals("dsl")) continue;
            for (RuleBlock b : blocks(f, inEffect)) {
                String where = f.location() + ":" + b.line();
                if (seen.containsKey(b.name())) {
                    out.add(warn(f, b.line(), b, "rule name also used at " + seen.get(b.name()) + ": only one of them can be in effect; rename one"));
                } else {
                    seen.put(b.name(), where);
                }
                if (bundledRules.containsKey(b.name()) && !bundledPaths.containsKey(f.relative())) {
                    out.add(new RuleProblem(f.location(), b.line(), 1, Severity.INFO, b.name(),
                            "overrides the bundled rule of the same name (" + bundledRules.get(b.name()) + ")"));
                }
                if (!b.hasDescription()) {
                    out.add(warn(f, b.line(), b, "no @description: explanations show it as the reason for a conclusion; say in one sentence what the rule concludes and why"));
                }
                lintConclusions(f, b, out);
                EventContract.check(f, b, symptoms, out);
                lintTypes(f, b, inserted, declared, out);
                lintOperators(f, b, out);
            }
        }
        return out;
    }

    private void lintConclusions(RuleFile f, RuleBlock b, List<RuleProblem> out) {
        String rhs = b.rhs();
        Matcher m = CONCLUSION_ID.matcher(rhs);
        while (m.find()) checkId(f, b, m.group(2), m.start(), out);
        m = WEIGHT.matcher(rhs);
        while (m.find()) {
            double w = Double.parseDouble(m.group(3));
            if (w < 0 || w > 1) {
                String what = m.group(1).equals("Support") ? "weight" : "factor";
                out.add(new RuleProblem(f.location(), b.rhsLineOf(m.start()), 1, Severity.ERROR, b.name(), m.group(1) + " " + what + " " + m.group(3)
                        + " for " + m.group(2) + " is outside 0..1: " + (m.group(1).equals("Support")
                        ? "supports combine by noisy-OR, 1 - (1 - w1)(1 - w2)..., so a weight is how sure this evidence alone makes you (0.6 = fairly sure)"
                        : "an Against factor multiplies the confidence (0.5 halves it, 0 rules the cause out)")));
            }
        }
        m = RECOMMENDATION_ID.matcher(rhs);
        while (m.find()) if (!m.group(1).isEmpty()) checkId(f, b, m.group(1), m.start(), out);
        m = PLAIN_INSERT.matcher(RuleBlock.withoutStrings(rhs));
        while (m.find()) {
            out.add(warn(f, b.rhsLineOf(m.start()), b, "plain insert of a " + m.group(1)
                    + ": use insertLogical so the conclusion is withdrawn when its evidence goes (what-if and explanations depend on it)"));
        }
    }

    private void checkId(RuleFile f, RuleBlock b, String id, int offset, List<RuleProblem> out) {
        if (catalog.get(id).isEmpty()) {
            String near = DidYouMean.nearest(id, catalog.all().keySet()).map(n -> "; did you mean " + n + "?").orElse("");
            out.add(warn(f, b.rhsLineOf(offset), b, "conclusion ID " + id
                    + " is not in the catalogue (root-causes.tsv, or a causes.tsv in the rules folder)" + near
                    + ": reports will show it without meaning or fix"));
        }
    }

    /** Drools' str[...] operators, outside strings and comments. */
    private static final Pattern STR_OPERATOR = Pattern.compile("\\bstr\\s*\\[\\s*(\\w+)\\s*\\]");

    /**
     * The str[startsWith|endsWith|length] operators compile and run, but once Drools JIT-compiles the constraint (after
     * ~20 evaluations) its bytecode calls EvaluatorHelper.initOperators, which this Drools build does not have: a
     * long run (a NOC's monitor, a test suite, a big log) then dies with NoSuchMethodError. A method call does the same.
     */
    private static void lintOperators(RuleFile f, RuleBlock b, List<RuleProblem> out) {
        Matcher m = STR_OPERATOR.matcher(RuleBlock.withoutStrings(b.lhs()));
        while (m.find()) {
            String op = m.group(1);
            String instead = op.equals("length") ? ".length() == n" : "." + op + "(\"...\")";
            out.add(new RuleProblem(f.location(), b.lhsLineOf(m.start()), 1, Severity.ERROR, b.name(), "str[" + op + "] fails once Drools"
                    + " JIT-compiles the constraint (NoSuchMethodError EvaluatorHelper.initOperators after ~20 evaluations): write " + instead + " instead"));
        }
    }

    private void lintTypes(RuleFile f, RuleBlock b, Set<String> inserted, Set<String> declared, List<RuleProblem> out) {
        String lhs = RuleBlock.withoutStrings(b.lhs());
        Matcher m = PATTERN_TYPE.matcher(lhs);
        Set<String> reported = new HashSet<>();
        while (m.find()) {
            String type = m.group(2);
            if (NOT_FACTS.contains(type) || inserted.contains(type) || reported.contains(type)) continue;
            if (lhs.substring(0, m.start()).matches("(?s).*\\bnew\\s+$")) continue;
            if (followedByFrom(lhs, m.end() - 1)) continue;
            // a type the compiler cannot resolve is its error to report, not ours
            if (modelClass(type) == null && !declared.contains(type)) continue;
            if (assignableFromKnown(type, inserted)) continue;
            reported.add(type);
            out.add(warn(f, b.lhsLineOf(m.start()), b, "matches " + type
                    + ", a fact type that no input provides and no rule inserts: this rule can never fire"));
        }
    }

    /** True when the pattern whose '(' is at {@code open} is followed by 'from' (it reads an expression, not working memory). */
    private static boolean followedByFrom(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return text.substring(i + 1).matches("(?s)\\s*from\\b.*");
        }
        return false;
    }

    /** An interface or super type of a known fact type (e.g. Traceable, ConfigFact) can match too. */
    private boolean assignableFromKnown(String type, Set<String> known) {
        Class<?> t = modelClass(type);
        if (t == null) return false;
        for (String k : known) {
            Class<?> c = modelClass(k);
            if (c != null && t.isAssignableFrom(c)) return true;
        }
        return false;
    }

    private Class<?> modelClass(String simpleName) {
        for (Class<?> c : modelClasses) if (c.getSimpleName().equals(simpleName)) return c;
        return null;
    }

    /** Input types plus every type a consequence creates or a factory method inserts. */
    static Set<String> insertedTypes(List<RuleFile> files) {
        Set<String> types = new HashSet<>(FactTypes.inputTypeNames());
        for (RuleFile f : files) {
            if (f.extension().equals("dsl")) continue;
            String text = textOf(f, files);
            for (RuleBlock b : RuleBlock.parse(text)) {
                String rhs = RuleBlock.withoutStrings(b.rhs());
                Matcher m = NEW_TYPE.matcher(rhs);
                while (m.find()) types.add(m.group(1));
                m = FACTORY.matcher(rhs);
                while (m.find()) types.add(m.group(1));
            }
        }
        return types;
    }

    private static List<RuleBlock> blocks(RuleFile f, List<RuleFile> context) {
        return RuleBlock.parse(textOf(f, context));
    }

    /** DRL text of a file: a DSLR is expanded with the DSL files in play. */
    static String textOf(RuleFile f, List<RuleFile> context) {
        return f.extension().equals("dslr") ? DslText.expand(f.content(), DslText.dslFiles(context)) : f.content();
    }

    private static RuleProblem warn(RuleFile f, int line, RuleBlock b, String message) {
        return new RuleProblem(f.location(), line, 1, Severity.WARNING, b.name(), message);
    }
}
