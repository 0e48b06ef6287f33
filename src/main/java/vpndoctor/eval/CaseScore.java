package vpndoctor.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vpndoctor.authoring.CaseCheck;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * How one case folder scored: top-1 (the main expected cause, an acceptable one or a refinement
 * of it is the first root cause; for a healthy case, no root cause at all), top-3 (it is among
 * the first three of root causes and hypotheses by confidence), exact-set (the strict case check's
 * set comparison), a false positive (a healthy case with a root cause), and every claim for the
 * calibration table.
 */
public record CaseScore(String name, String platform, boolean platformGuessed, List<String> evidence, String corpus,
                        boolean doubtful, boolean healthy, boolean top1, boolean top3, boolean exact, boolean falsePositive,
                        String expected, List<String> said, List<String> considered, List<String> problems, List<Claim> claims,
                        String ike, List<String> families, String origin) {

    /** One claimed cause: a root cause, or a hypothesis (not ruled out); right when the case's expectation backs it on that tunnel. */
    public record Claim(String id, String tunnel, double confidence, boolean rootCause, boolean right) {}

    public boolean miss() { return !top1 || !exact; }

    public static CaseScore score(String name, CaseExpectation exp, Diagnosis d, CauseCatalog catalog) {
        boolean healthy = exp.rootCauses().isEmpty() && exp.tunnels().values().stream().allMatch(List::isEmpty);
        List<Finding> ranked = ranked(d);
        boolean top1 = healthy ? d.rootCauses().isEmpty()
                : !d.rootCauses().isEmpty() && CaseCheck.answersMain(d.rootCauses().get(0).id(), exp, catalog);
        boolean top3 = healthy ? top1
                : ranked.stream().limit(3).anyMatch(f -> CaseCheck.answersMain(f.id(), exp, catalog));
        List<String> problems = new ArrayList<>(CaseCheck.exactSet(exp, d, catalog));
        boolean exact = problems.isEmpty();
        problems.addAll(CaseCheck.topRanked(exp, d, catalog));
        List<Claim> claims = new ArrayList<>();
        for (Finding f : d.rootCauses()) claims.add(new Claim(f.id(), f.tunnel(), f.confidence(), true, right(f, exp, healthy, catalog)));
        for (Finding f : d.hypotheses()) {
            if (!f.ruledOut()) claims.add(new Claim(f.id(), f.tunnel(), f.confidence(), false, right(f, exp, healthy, catalog)));
        }
        String[] platform = platform(exp, d);
        return new CaseScore(name, platform[0], platform[1] != null, evidenceKinds(exp), exp.source().corpus().isEmpty() ? "none" : exp.source().corpus(),
                exp.doubtful(), healthy, top1, top3, exact, healthy && !d.rootCauses().isEmpty(), expected(exp),
                d.rootCauses().stream().map(CaseScore::said).toList(),
                d.hypotheses().stream().filter(f -> !f.ruledOut()).limit(3).map(CaseScore::said).toList(), problems, claims,
                exp.ike().isEmpty() ? "unknown" : exp.ike(), List.copyOf(exp.families()), SourceOrigin.of(exp.source()));
    }

    /** Root causes, then hypotheses that are not ruled out, by confidence. */
    static List<Finding> ranked(Diagnosis d) {
        List<Finding> all = new ArrayList<>(d.rootCauses());
        d.hypotheses().stream().filter(f -> !f.ruledOut()).forEach(all::add);
        all.sort(Comparator.comparingDouble(Finding::confidence).reversed());
        return all;
    }

    private static boolean right(Finding f, CaseExpectation exp, boolean healthy, CauseCatalog catalog) {
        if (healthy) return false;
        List<String> want = exp.perTunnel() ? exp.tunnels().getOrDefault(f.tunnel(), List.of()) : exp.rootCauses();
        return CaseCheck.answersAny(f.id(), want, exp, catalog);
    }

    private static String said(Finding f) {
        return String.format(Locale.ROOT, "%s %.2f @%s", f.id(), f.confidence(), f.tunnel());
    }

    private static String expected(CaseExpectation exp) {
        if (exp.rootCauses().isEmpty() && exp.tunnels().isEmpty()) return "no root cause";
        StringBuilder s = new StringBuilder(String.join(", ", exp.rootCauses()));
        if (exp.perTunnel()) s.append(" (per tunnel ").append(exp.tunnels()).append(')');
        if (!exp.acceptable().isEmpty()) s.append(" (acceptable for ").append(exp.main()).append(": ").append(String.join(", ", exp.acceptable())).append(')');
        return s.toString();
    }

    /** The case's platform: expected.json's, else the diagnosis' (its findings), else the folder name's prefix; [platform, "guessed" or null]. */
    static String[] platform(CaseExpectation exp, Diagnosis d) {
        if (!exp.platform().isBlank()) return new String[] {normalise(exp.platform()), null};
        for (Finding f : ranked(d)) {
            if (f.platform() != null && !f.platform().equals("device")) return new String[] {normalise(f.platform()), "guessed"};
        }
        String n = exp.name().toLowerCase(Locale.ROOT);
        for (String p : List.of("ios-xe", "pix", "asa", "ftd", "ios")) {
            if (n.startsWith(p + "-") || n.contains("-" + p + "-")) return new String[] {normalise(p), "guessed"};
        }
        return new String[] {"unknown", "guessed"};
    }

    private static String normalise(String p) {
        String u = p.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        if (u.startsWith("PIX")) return "PIX";
        if (u.startsWith("ASA")) return "ASA";
        if (u.startsWith("IOS-XE") || u.equals("IOSXE")) return "IOS-XE";
        return u;
    }

    /** expected.json's evidence kinds, else what the folder holds: configs and logs. */
    private static List<String> evidenceKinds(CaseExpectation exp) {
        if (!exp.evidence().isEmpty()) return exp.evidence().stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        List<String> kinds = new ArrayList<>();
        try (Stream<Path> s = Files.list(exp.folder())) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            if (names.stream().anyMatch(n -> n.endsWith(".log") || n.endsWith(".log.gz") || n.endsWith(".txt"))) kinds.add("log");
            if (names.stream().anyMatch(n -> n.endsWith(".cfg"))) kinds.add("config");
        } catch (java.io.IOException e) {
            kinds.add("unknown");
        }
        return kinds.isEmpty() ? List.of("unknown") : kinds;
    }
}
