package vpndoctor.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of an `eval` run: the headline over the cases whose label is sure (doubtful ones are
 * tallied apart), the same by platform, by evidence kind, by source corpus, by IKE version and by
 * capability family, the calibration
 * table (sure cases only), the misses, and the fixture files.
 */
public record EvalReport(Tally headline, Tally doubtful, List<Tally> byPlatform, List<Tally> byEvidence, List<Tally> byCorpus,
                         List<Tally> byIke, List<Tally> byFamily, List<Tally> byOrigin, double originBalancedTop1,
                         List<Calibration.Bucket> calibration, List<CaseScore> misses, List<FixtureScore> fixtures, List<CaseScore> cases,
                         List<String> errors) {

    /** Counts for a group of cases. healthy: cases expecting no root cause; falsePositives: those given one anyway. */
    public record Tally(String key, int cases, int top1, int top3, int exact, int healthy, int falsePositives) {
        static Tally of(String key, List<CaseScore> cs) {
            int t1 = 0, t3 = 0, ex = 0, h = 0, fp = 0;
            for (CaseScore c : cs) {
                if (c.top1()) t1++;
                if (c.top3()) t3++;
                if (c.exact()) ex++;
                if (c.healthy()) h++;
                if (c.falsePositive()) fp++;
            }
            return new Tally(key, cs.size(), t1, t3, ex, h, fp);
        }

        @JsonProperty("top1Rate") public double top1Rate() { return rate(top1, cases); }
        @JsonProperty("top3Rate") public double top3Rate() { return rate(top3, cases); }
        @JsonProperty("exactRate") public double exactRate() { return rate(exact, cases); }
    }

    public static EvalReport of(List<CaseScore> cases, List<FixtureScore> fixtures, List<String> errors) {
        List<CaseScore> sure = cases.stream().filter(c -> !c.doubtful()).toList();
        List<CaseScore> unsure = cases.stream().filter(CaseScore::doubtful).toList();
        return new EvalReport(Tally.of("all", sure), Tally.of("doubtful", unsure),
                everyPlatform(groups(sure, c -> List.of(c.platform()))), groups(sure, CaseScore::evidence), groups(sure, c -> List.of(c.corpus())),
                groups(sure, c -> List.of(c.ike())), groups(sure, CaseScore::families), origins(sure), originBalanced(sure),
                Calibration.of(sure), cases.stream().filter(CaseScore::miss).toList(), fixtures, cases, List.copyOf(errors));
    }

    /** The platforms the tool reads, each with a row even when no case has it, so that a platform without real cases shows as 0 cases, not as nothing. */
    static final List<String> PLATFORMS = List.of("ASA", "FTD", "IOS", "IOS-XE", "PIX");

    private static List<Tally> everyPlatform(List<Tally> rows) {
        Map<String, Tally> m = new TreeMap<>();
        for (String p : PLATFORMS) m.put(p, Tally.of(p, List.of()));
        for (Tally t : rows) m.put(t.key(), t);
        return List.copyOf(m.values());
    }

    /** By origin, the largest first: the origins that carry the most cases head the table. */
    private static List<Tally> origins(List<CaseScore> sure) {
        List<Tally> t = new ArrayList<>(groups(sure, c -> List.of(c.origin())));
        t.sort(java.util.Comparator.comparingInt(Tally::cases).reversed().thenComparing(Tally::key));
        return t;
    }

    /** The mean over origins of each origin's top-1 rate: every origin weighs the same, however many cases it gave. */
    static double originBalanced(List<CaseScore> sure) {
        List<Tally> t = groups(sure, c -> List.of(c.origin()));
        return t.isEmpty() ? 0 : t.stream().mapToDouble(Tally::top1Rate).average().orElse(0);
    }

    private static List<Tally> groups(List<CaseScore> cases, Function<CaseScore, List<String>> keys) {
        Map<String, List<CaseScore>> m = new TreeMap<>();
        for (CaseScore c : cases) for (String k : keys.apply(c)) m.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
        List<Tally> out = new ArrayList<>();
        m.forEach((k, cs) -> out.add(Tally.of(k, cs)));
        return out;
    }

    static double rate(int n, int of) { return of == 0 ? 0 : (double) n / of; }

    /** The report for a person. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "vpn-doctor eval: %d case(s) scored (%d doubtful, counted apart), %d fixture file(s)%n%n",
                cases.size(), doubtful.cases(), fixtures.size()));
        for (String e : errors) s.append("error: ").append(e).append('\n');
        if (!errors.isEmpty()) s.append('\n');
        if (!cases.isEmpty()) {
            s.append(String.format(Locale.ROOT, "Cases whose label is sure: %d (%d healthy)%n", headline.cases(), headline.healthy()));
            s.append(line("top-1", headline.top1(), headline.cases(), "the expected cause (an acceptable one, or a refinement) is the first root cause; healthy: no root cause"));
            s.append(line("top-3", headline.top3(), headline.cases(), "it is among the first three of root causes + hypotheses by confidence"));
            s.append(line("exact-set", headline.exact(), headline.cases(), "exactly the expected root causes (per tunnel when expected.json names tunnels)"));
            s.append(line("healthy FP", headline.falsePositives(), headline.healthy(), "healthy cases given a root cause (lower is better)"));
            s.append(String.format(Locale.ROOT, "  %-11s %9s %7s   %s%n", "by origin", byOrigin.size(), pct(originBalancedTop1),
                    "top-1 averaged over the origins (repository, site, TechNote), each origin weighing the same"));
            s.append('\n');
            table(s, "platform", byPlatform);
            table(s, "evidence", byEvidence);
            table(s, "corpus", byCorpus);
            table(s, "ike", byIke);
            // issue-12 capability families ("families" in expected.json; a case can be in several)
            if (!byFamily.isEmpty()) table(s, "family", byFamily);
            // origins with more than 3 cases: the figures they carry rest on one author's way of saying things
            List<Tally> big = byOrigin.stream().filter(t -> t.cases() > 3).toList();
            if (!big.isEmpty()) table(s, "origin", big);
            if (doubtful.cases() > 0) {
                s.append("Doubtful cases (the author's cause is unsure; not in the figures above)\n");
                table(s, "", List.of(doubtful));
            }
            s.append("Calibration (cases whose label is sure; each claimed cause is one sample; right = the expected cause on that tunnel, a refinement or an acceptable one)\n");
            s.append(String.format(Locale.ROOT, "  %-24s %6s %6s %7s %9s%n", "confidence", "claims", "right", "rate", "mean conf"));
            for (Calibration.Bucket b : calibration) {
                s.append(String.format(Locale.ROOT, "  %-24s %6d %6d %7s %9s%n", b.label(), b.count(), b.right(),
                        b.count() == 0 ? "-" : pct(b.rate()), b.count() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", b.meanConfidence())));
            }
            s.append('\n');
            s.append("Misses (top-1 or exact-set wrong): ").append(misses.size()).append('\n');
            for (CaseScore m : misses) {
                List<String> failed = new ArrayList<>();
                if (!m.top1()) failed.add("top-1");
                if (!m.top3()) failed.add("top-3");
                if (!m.exact()) failed.add("exact-set");
                s.append("  ").append(m.name()).append(m.doubtful() ? "  (doubtful)" : "").append("  [").append(String.join(" ", failed)).append("]  ")
                        .append(m.platform()).append('\n');
                s.append("      expected: ").append(m.expected()).append('\n');
                s.append("      said:     ").append(m.said().isEmpty() ? "no root cause" : String.join("; ", m.said())).append('\n');
                if (!m.considered().isEmpty()) s.append("      hypotheses: ").append(String.join("; ", m.considered())).append('\n');
            }
            s.append('\n');
        }
        if (!fixtures.isEmpty()) {
            long toEnd = fixtures.stream().filter(FixtureScore::readToTheEnd).count();
            long unjust = fixtures.stream().mapToLong(f -> f.unjustified().size()).sum();
            s.append("Fixtures (plain logs: no root cause unless the judgement allows it)\n");
            for (FixtureScore f : fixtures) {
                s.append(String.format(Locale.ROOT, "  %s%n      lines read %d of %d%s; root causes: %s%s%n", f.file(), f.linesRead(), f.linesInFile(),
                        f.readToTheEnd() ? "" : "  NOT READ TO THE END",
                        f.rootCauses().isEmpty() ? "none" : String.join("; ", f.rootCauses()),
                        f.unjustified().isEmpty() ? "" : "; UNJUSTIFIED: " + String.join("; ", f.unjustified())
                                + (f.allowed().isEmpty() ? " (the judgement allows none)" : " (the judgement allows " + f.allowed() + ")")));
            }
            s.append(String.format(Locale.ROOT, "  fixtures: %d file(s), %d read to the end, %d unjustified root cause(s)%n", fixtures.size(), toEnd, unjust));
        }
        return s.toString();
    }

    private static String line(String what, int n, int of, String meaning) {
        return String.format(Locale.ROOT, "  %-11s %4d/%-4d %7s   %s%n", what, n, of, of == 0 ? "-" : pct(rate(n, of)), meaning);
    }

    private static void table(StringBuilder s, String by, List<Tally> rows) {
        if (!by.isEmpty()) s.append("By ").append(by).append('\n');
        int w = Math.max(12, rows.stream().mapToInt(t -> t.key().length()).max().orElse(0));
        s.append(String.format(Locale.ROOT, "  %-" + w + "s %5s %13s %13s %13s %11s%n", by, "cases", "top-1", "top-3", "exact-set", "healthy FP"));
        for (Tally t : rows) {
            s.append(String.format(Locale.ROOT, "  %-" + w + "s %5d %13s %13s %13s %11s%n", t.key(), t.cases(), frac(t.top1(), t.cases()),
                    frac(t.top3(), t.cases()), frac(t.exact(), t.cases()), t.falsePositives() + "/" + t.healthy()));
        }
        s.append('\n');
    }

    private static String frac(int n, int of) {
        return n + "/" + of + " " + (of == 0 ? "-" : pct(rate(n, of)));
    }

    private static String pct(double r) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * r);
    }
}
