package vpndoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiles rule files into a KieBase. A file that does not compile is reported (file:line) and
 * left out, and the rest is built again without it: one broken DRL never sinks the run.
 */
public final class RuleCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final int MAX_ROUNDS = 4;

    private RuleCompiler() {}

    /** Result of a compile: a usable KieBase (possibly from fewer files) and every problem found. */
    public record Compiled(KieBase kieBase, List<RuleFile> used, List<RuleFile> dropped, List<RuleProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == RuleProblem.Severity.ERROR);
        }
    }

    public static Compiled compile(List<RuleFile> files) {
        return compile(files, MAX_ROUNDS);
    }

    /**
     * Like {@link #compile(List)} with a chosen number of rebuilds. A file's errors can hide
     * another file's (a parse error stops the build before types are checked), so a checker that
     * must report every error of every file passes the number of files + 1.
     */
    public static Compiled compile(List<RuleFile> files, int maxRounds) {
        List<RuleFile> remaining = new ArrayList<>(files);
        List<RuleFile> dropped = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int round = 0; round < maxRounds; round++) {
            Attempt attempt = build(remaining);
            if (attempt.failing.isEmpty()) {
                problems.addAll(attempt.warnings);
                return new Compiled(attempt.kieBase, List.copyOf(remaining), List.copyOf(dropped), List.copyOf(problems));
            }
            // A syntax error makes Drools skip later build steps for every file (a type declared in a
            // sound file then "cannot be resolved"), so only the unparsable files are blamed in such a
            // round; the others are judged again in the next one.
            Set<RuleFile> blamed = attempt.unparsable.isEmpty() ? attempt.failing : attempt.unparsable;
            for (RuleProblem p : attempt.errors) {
                if (attempt.unparsable.isEmpty() || blamed.contains(attempt.fileOf.get(p))) problems.add(p);
            }
            remaining.removeAll(blamed);
            dropped.addAll(blamed);
        }
        problems.add(new RuleProblem("(rules)", 0, 0, RuleProblem.Severity.ERROR, "",
                "rules still fail to compile after leaving out " + dropped.size() + " file(s); using no rules"));
        dropped.addAll(remaining);
        return new Compiled(build(List.of()).kieBase, List.of(), List.copyOf(dropped), List.copyOf(problems));
    }

    private static final class Attempt {
        KieBase kieBase;
        final Set<RuleFile> failing = new LinkedHashSet<>();
        final Set<RuleFile> unparsable = new LinkedHashSet<>();
        final Map<RuleProblem, RuleFile> fileOf = new java.util.IdentityHashMap<>();
        final List<RuleProblem> errors = new ArrayList<>();
        final List<RuleProblem> warnings = new ArrayList<>();
    }

    private static Attempt build(List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId("vpndoctor", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        Map<String, RuleFile> byPath = new HashMap<>();
        int n = 0;
        for (RuleFile f : files) {
            String path = "src/main/resources/" + f.declaredPackage().replace('.', '/') + "/"
                    + (n++) + "_" + f.relative().replace('/', '_');
            byPath.put(path, f);
            kfs.write(path, f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Attempt attempt = new Attempt();
        Map<RuleFile, Map<Integer, String>> ruleLines = new LinkedHashMap<>();
        for (Message m : builder.getResults().getMessages()) {
            RuleFile f = fileOf(m.getPath(), byPath);
            RuleProblem.Severity sev = m.getLevel() == Message.Level.ERROR ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
            if (m.getLevel() == Message.Level.INFO) continue;
            String location = f == null ? String.valueOf(m.getPath()) : f.location();
            String rule = f == null ? "" : ruleAt(f, m.getLine(), ruleLines);
            String text = clean(m.getText());
            RuleProblem p = new RuleProblem(location, m.getLine(), m.getColumn(), sev, rule, text);
            if (sev == RuleProblem.Severity.ERROR) {
                if (text.startsWith("Parser returned a null Package") && !attempt.errors.isEmpty()) continue;
                attempt.errors.add(p);
                if (f != null) {
                    attempt.failing.add(f);
                    attempt.fileOf.put(p, f);
                    if (text.startsWith("[ERR ") || text.startsWith("Parser returned a null Package")) attempt.unparsable.add(f);
                }
            } else {
                attempt.warnings.add(p);
            }
        }
        if (!attempt.errors.isEmpty() && attempt.failing.isEmpty()) attempt.failing.addAll(files);
        if (attempt.failing.isEmpty()) {
            KieContainer container = ks.newKieContainer(rid);
            KieBaseConfiguration conf = ks.newKieBaseConfiguration();
            conf.setOption(ConsequenceExceptionHandlerOption.get(RuleErrorHandler.class));
            attempt.kieBase = container.newKieBase(conf);
        }
        ks.getRepository().removeKieModule(rid);
        return attempt;
    }

    private static RuleFile fileOf(String path, Map<String, RuleFile> byPath) {
        if (path == null) return null;
        RuleFile f = byPath.get(path);
        if (f != null) return f;
        for (Map.Entry<String, RuleFile> e : byPath.entrySet()) {
            if (e.getKey().endsWith(path) || path.endsWith(e.getKey().substring("src/main/resources/".length()))) return e.getValue();
        }
        return null;
    }

    /** Name of the rule whose text contains {@code line}, so an error names the rule an author knows. */
    private static String ruleAt(RuleFile f, int line, Map<RuleFile, Map<Integer, String>> cache) {
        Map<Integer, String> starts = cache.computeIfAbsent(f, k -> {
            Map<Integer, String> m = new java.util.TreeMap<>();
            RuleText.ruleNames(k.content()).forEach((name, l) -> m.put(l, name));
            return m;
        });
        String found = "";
        for (Map.Entry<Integer, String> e : starts.entrySet()) {
            if (e.getKey() <= line) found = e.getValue();
        }
        return found;
    }

    private static String clean(String text) {
        return text == null ? "" : withImportHint(text.replaceAll("\\s+", " ").trim());
    }

    private static final java.util.regex.Pattern UNRESOLVED = java.util.regex.Pattern.compile(
            "Unable to resolve ObjectType '(\\w+)'|\\b(\\w+) cannot be resolved to a type");
    private static final List<String> MODEL_PACKAGES = List.of("vpndoctor.model", "vpndoctor.model.config", "vpndoctor.model.derived");

    /**
     * A fact type the file does not import (a .dslr's sentences expand to LogEvent, Support ... which
     * live in vpndoctor.model): say which import line it needs, the error alone does not.
     */
    static String withImportHint(String text) {
        java.util.regex.Matcher m = UNRESOLVED.matcher(text);
        java.util.Set<String> imports = new java.util.LinkedHashSet<>();
        while (m.find()) {
            String type = m.group(1) != null ? m.group(1) : m.group(2);
            for (String p : MODEL_PACKAGES) {
                try {
                    Class.forName(p + "." + type, false, RuleCompiler.class.getClassLoader());
                    imports.add("import " + p + ".*;");
                    break;
                } catch (ClassNotFoundException | LinkageError e) {
                    // not a fact type of this package
                }
            }
        }
        if (imports.isEmpty()) return text;
        return text + " (the fact types live in the model packages: add '" + String.join(" ", imports)
                + "' below the package line; a .dslr needs it too, its sentences expand to these types)";
    }
}
