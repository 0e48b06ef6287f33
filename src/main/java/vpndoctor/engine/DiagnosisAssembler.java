package vpndoctor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vpndoctor.model.Against;
import vpndoctor.model.Benign;
import vpndoctor.model.Hypothesis;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Platform;
import vpndoctor.model.Recommendation;
import vpndoctor.model.RootCause;
import vpndoctor.model.Support;
import vpndoctor.model.Tunnel;
import vpndoctor.model.UnrecognizedLine;
import vpndoctor.result.Advice;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;
import vpndoctor.result.Unrecognized;

/** Reads the conclusions out of a fired session and joins them with the catalogue's advice. */
public final class DiagnosisAssembler {
    /** Below this confidence a finding also lists the next diagnostic commands. */
    static final double THIN_EVIDENCE = 0.8;

    private final CauseCatalog catalog;
    private final vpndoctor.result.Tool tool;

    public DiagnosisAssembler(CauseCatalog catalog) {
        this(catalog, "");
    }

    /** ruleSet: the identity of the rules in use (RuleSetId), printed by the reports with the tool's version. */
    public DiagnosisAssembler(CauseCatalog catalog, String ruleSet) {
        this.catalog = catalog;
        this.tool = new vpndoctor.result.Tool("vpn-doctor", RuleSetId.toolVersion(), ruleSet);
    }

    /** Everything besides working memory that goes into the report. */
    public record Context(InputAccounting accounting, List<String> sources, Platform configPlatform,
                          long configLines, long configUnparsed, List<String> notes, List<String> ruleErrors) {}

    public Diagnosis assemble(RuleSession session, Context ctx) {
        // one scan of working memory, then indexes: no per-finding search (issue 14: quadratic in tunnels)
        Facts facts = new Facts(session.byClass());
        ExplanationBuilder explainer = new ExplanationBuilder(session.recorder());
        List<LogEvent> events = facts.of(LogEvent.class);
        TunnelPlatforms platforms = tunnelPlatforms(events, ctx.configPlatform(), new FixRoles(facts.of(vpndoctor.model.FixSide.class),
                facts.of(vpndoctor.model.config.DeviceInfo.class), facts.of(vpndoctor.model.derived.VtiPairing.class),
                facts.of(vpndoctor.model.config.TunnelInterface.class)));
        List<vpndoctor.result.Device> devices = devices(facts.of(vpndoctor.model.config.DeviceInfo.class));
        Map<String, List<vpndoctor.model.FixSide>> sides = new HashMap<>();
        for (vpndoctor.model.FixSide c : facts.of(vpndoctor.model.FixSide.class)) {
            sides.computeIfAbsent(key(c.getCauseId(), c.getTunnel()), k -> new ArrayList<>()).add(c);
        }
        Sides sideInfo = new Sides(devices, sides);
        List<Hypothesis> hypotheses = facts.of(Hypothesis.class);
        Map<String, Hypothesis> hypothesisByKey = new HashMap<>(hypotheses.size() * 2);
        for (Hypothesis h : hypotheses) hypothesisByKey.putIfAbsent(key(h.getCauseId(), h.getTunnel()), h);

        Set<String> confirmed = new HashSet<>();
        List<Finding> roots = new ArrayList<>();
        for (RootCause r : facts.of(RootCause.class)) {
            String key = key(r.getCauseId(), r.getTunnel());
            if (!confirmed.add(key)) continue;
            Hypothesis h = hypothesisByKey.get(key);
            roots.add(finding(r.getCauseId(), r.getTunnel(), r.getConfidence(), h, explainer.explain(r), platforms, explainer, sideInfo));
        }
        roots = refine(roots);
        List<Finding> hyps = new ArrayList<>();
        for (Hypothesis h : hypotheses) {
            if (confirmed.contains(key(h.getCauseId(), h.getTunnel()))) continue;
            hyps.add(finding(h.getCauseId(), h.getTunnel(), h.getConfidence(), h, explainer.explain(h), platforms, explainer, sideInfo));
        }
        roots.sort(rootOrder());
        hyps.sort(hypothesisOrder());

        List<BenignFinding> benign = new ArrayList<>();
        for (Benign b : facts.of(Benign.class)) {
            ExplanationNode n = explainer.explain(b);
            String summary = catalog.get(b.getFindingId()).map(CauseCatalog.Cause::meaning).orElse("");
            benign.add(new BenignFinding(b.getFindingId(), b.getTunnel(), summary, ExplanationBuilder.evidence(n), n));
        }
        benign.sort(BENIGN_ORDER);

        Set<String> tunnels = new TreeSet<>();
        roots.forEach(f -> tunnels.add(f.tunnel()));
        hyps.forEach(f -> tunnels.add(f.tunnel()));
        benign.forEach(f -> tunnels.add(f.tunnel()));
        for (LogEvent e : events) if (e.getPeer() != null) tunnels.add(e.getTunnel());
        // configs alone: the tunnels their crypto map entries pair up (a healthy pair is not "0 tunnels")
        for (vpndoctor.model.derived.TunnelPairing t : facts.of(vpndoctor.model.derived.TunnelPairing.class)) {
            if (t.getTunnel() != null && !t.getTunnel().isEmpty()) tunnels.add(t.getTunnel());
        }
        for (vpndoctor.model.derived.VtiPairing t : facts.of(vpndoctor.model.derived.VtiPairing.class)) tunnels.add(t.getTunnel());

        // a line a rule read and concluded from is understood now: no longer listed for rule authors
        Set<UnrecognizedLine> consumed = session.recorder().matchedBy(UnrecognizedLine.class);
        List<Unrecognized> unrec = facts.of(UnrecognizedLine.class).stream()
                .filter(u -> !consumed.contains(u))
                .sorted(Comparator.comparing((UnrecognizedLine u) -> u.getOrigin().getSource()).thenComparingInt(u -> u.getOrigin().getLine()))
                .map(u -> new Unrecognized(u.getOrigin().getSource(), u.getOrigin().getLine(), u.getText())).toList();
        InputAccounting a = ctx.accounting();
        long read = Math.min(consumed.size(), a.getUnrecognized());
        InputSummary input = new InputSummary(a.getLines(), a.getRelevant() + read, a.getIrrelevant(), a.getUnrecognized() - read,
                a.getSkippedLines(), a.getSkipped(), ctx.sources(), ctx.configLines(), ctx.configUnparsed());
        return new Diagnosis(roots, hyps, benign, advice(facts.of(Recommendation.class), platforms,
                sideInfo.device("peer").map(v -> platformOf(v.platform())).orElse(Platform.UNKNOWN)), List.copyOf(tunnels), input,
                unrec, ctx.notes(), ctx.ruleErrors(), devices, tool);
    }

    /** The order of a report's root causes (ShapeMemo merges re-bound findings into a batch's in this order). */
    Comparator<Finding> rootOrder() {
        // at equal confidence the more specific cause (one that refines another) is the better answer
        return Comparator.comparingDouble(Finding::confidence).reversed()
                .thenComparing((Finding f) -> catalog.get(f.id()).map(c -> c.refines().isEmpty()).orElse(true))
                .thenComparing(Finding::tunnel).thenComparing(Finding::id);
    }

    /** The order of a report's hypotheses: standing ones first, then as {@link #rootOrder}. */
    Comparator<Finding> hypothesisOrder() { return Comparator.comparing(Finding::ruledOut).thenComparing(rootOrder()); }

    /** The order of a report's benign findings. */
    static final Comparator<BenignFinding> BENIGN_ORDER = Comparator.comparing(BenignFinding::tunnel).thenComparing(BenignFinding::id);

    /** The devices whose configs were read, ours first. */
    private static List<vpndoctor.result.Device> devices(List<vpndoctor.model.config.DeviceInfo> infos) {
        List<vpndoctor.result.Device> out = new ArrayList<>();
        infos.stream().sorted(Comparator.comparing(vpndoctor.model.config.DeviceInfo::getSide)).forEach(i -> {
            String side = i.getSide() == vpndoctor.model.Side.LOCAL ? "local" : "peer";
            if (out.stream().anyMatch(d -> d.side().equals(side))) return;
            String source = i.getOrigins().isEmpty() ? "" : i.getOrigins().get(0).getSource();
            out.add(new vpndoctor.result.Device(side, i.getHostname(), i.getPlatform().label(), i.getVersion(), source));
        });
        return out;
    }

    /** The devices and the rules' FixSide conclusions, by cause@tunnel. */
    private record Sides(List<vpndoctor.result.Device> devices, Map<String, List<vpndoctor.model.FixSide>> byKey) {
        java.util.Optional<vpndoctor.result.Device> device(String side) {
            return devices.stream().filter(d -> d.side().equals(side)).findFirst();
        }
    }

    /**
     * The refinement policy: when a specific cause (one that refines another in root-causes.tsv)
     * is a root cause on a tunnel, its general parent proven on the same tunnel (or on no tunnel
     * in particular, "unknown") is not a separate root cause; the specific finding carries it as {@code refines} (with its own
     * confidence, reasons and explanation). Every report reads the verdict from here, so text,
     * JSON, pictures and the console agree.
     */
    List<Finding> refine(List<Finding> roots) {
        // a finding is compared with those of its own tunnel and the unattributed ones only (sameFault):
        // comparing every pair was quadratic in tunnels (issue 14: a fifth of a 100k-tunnel run)
        Map<String, List<Finding>> byTunnel = new HashMap<>();
        for (Finding f : roots) byTunnel.computeIfAbsent(f.tunnel(), k -> new ArrayList<>(2)).add(f);
        List<Finding> unknown = byTunnel.getOrDefault(Tunnel.UNKNOWN, List.of());
        List<Finding> out = new ArrayList<>();
        for (Finding f : roots) {
            List<Finding> related = Tunnel.UNKNOWN.equals(f.tunnel()) ? roots : byTunnel.get(f.tunnel());
            if (refinedAway(f, related)) continue;
            List<Finding> parents = unknown.isEmpty() || Tunnel.UNKNOWN.equals(f.tunnel()) ? byTunnel.get(f.tunnel()) : concat(byTunnel.get(f.tunnel()), unknown);
            out.add(withProvenParent(f, parents));
        }
        return out;
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        List<Finding> l = new ArrayList<>(a.size() + b.size());
        l.addAll(a);
        l.addAll(b);
        return l;
    }

    private boolean refinedAway(Finding general, List<Finding> roots) {
        for (Finding c : roots) {
            if (sameFault(general, c) && !c.id().equals(general.id()) && catalog.satisfies(c.id(), general.id())) return true;
        }
        return false;
    }

    /**
     * A general finding and a specific one are about the same fault when they are on the same
     * tunnel, or when the general one could not be attributed to any tunnel ("unknown": lines
     * naming no peer among several) and the specific one names the tunnel.
     */
    private static boolean sameFault(Finding general, Finding specific) {
        return general.tunnel().equals(specific.tunnel()) || Tunnel.UNKNOWN.equals(general.tunnel());
    }

    /** f with the closest ancestor proven for the same fault (and that one's own, recursively). */
    private Finding withProvenParent(Finding f, List<Finding> roots) {
        String parent = catalog.get(f.id()).map(CauseCatalog.Cause::refines).orElse("");
        for (int i = 0; i < 10 && !parent.isEmpty(); i++) {
            Finding found = null;
            for (Finding p : roots) {
                if (!p.id().equals(parent) || !sameFault(p, f)) continue;
                if (found == null || p.tunnel().equals(f.tunnel())) found = p;   // the same tunnel's before an unattributed one
            }
            if (found != null) return f.withRefines(withProvenParent(found, roots));
            parent = catalog.get(parent).map(CauseCatalog.Cause::refines).orElse("");
        }
        return f;
    }

    private static String key(String cause, String tunnel) {
        return cause + "@" + tunnel;
    }

    /** Working memory read once, by exact class (the conclusion types are final classes). */
    private record Facts(Map<Class<?>, List<Object>> byClass) {
        <T> List<T> of(Class<T> type) {
            List<Object> l = byClass.getOrDefault(type, List.of());
            List<T> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(type.cast(o));
            return out;
        }
    }

    private Finding finding(String id, String tunnel, double confidence, Hypothesis h, ExplanationNode tree,
                            TunnelPlatforms platforms, ExplanationBuilder explainer, Sides sides) {
        Platform p = platforms.of(tunnel);
        CauseCatalog.Cause c = catalog.get(id).orElse(null);
        String summary = c == null ? "(not in the catalogue) " + id : c.meaning();
        boolean routeBased = platforms.roles().routeBased(tunnel);
        List<String> fix = c == null ? List.of() : fill(c.fixFor(p, platforms.ikev2(tunnel), routeBased), tunnel);
        vpndoctor.result.Change change = null;
        if (c != null && !fix.isEmpty()) {
            List<vpndoctor.model.FixSide> said = sides.byKey().getOrDefault(key(id, tunnel), List.of());
            Set<vpndoctor.model.Side> which = new TreeSet<>();
            said.forEach(x -> which.add(x.getSide()));
            if (which.size() == 1) {
                // a rule tells which device must change: the Fix is that device's, in its syntax, with the object to change filled in
                vpndoctor.model.FixSide named = platforms.roles().of(id, tunnel);
                String side = which.contains(vpndoctor.model.Side.LOCAL) ? "local" : "peer";
                java.util.Optional<vpndoctor.result.Device> dev = sides.device(side);
                Platform dp = named != null && platforms.roles().platform(named) != null ? platforms.roles().platform(named)
                        : dev.map(dv -> platformOf(dv.platform())).filter(x -> x != Platform.UNKNOWN)
                                .orElse(side.equals("local") ? p : Platform.UNKNOWN);
                fix = fill(c.fixFor(dp, platforms.ikev2(tunnel), routeBased), tunnel);
                // the object to change (interface, profile, keyring) fills the Fix's placeholders and leads the reason
                if (named != null) fix = FixRoles.fill(fix, named);
                String why = said.stream().map(vpndoctor.model.FixSide::getReason).filter(r -> !r.isEmpty()).distinct()
                        .reduce((x, y) -> x + "; " + y).orElse("");
                if (named != null && !named.getTarget().isEmpty()) why = named.getTarget() + (why.isEmpty() ? "" : ": " + why);
                change = new vpndoctor.result.Change(side, dev.map(vpndoctor.result.Device::hostname).orElse(""), dp.label(), why);
            } else {
                // no rule can tell (or rules disagree): the Fix is shown in our device's syntax, honestly as either side
                java.util.Optional<vpndoctor.result.Device> dev = sides.device("local");
                change = new vpndoctor.result.Change("either", dev.map(vpndoctor.result.Device::hostname).orElse(""), p.label(),
                        which.size() > 1 ? "the rules disagree on which side must change" : "no rule tells which one must change");
            }
        }
        List<String> next = c == null || (confidence >= THIN_EVIDENCE && h != null && !h.isRuledOut()) ? List.of() : fill(c.nextFor(p, platforms.ikev2(tunnel)), tunnel);
        next = platforms.pasted().unanswered(next, tunnel);   // an output already pasted is not asked for again
        List<String> supported = new ArrayList<>();
        List<String> whyNot = new ArrayList<>();
        boolean ruledOut = false;
        if (h != null) {
            for (Support s : h.getSupports()) supported.add("+" + explainer.decimals.of(s.getWeight()) + " " + s.getReason());
            for (Against ag : h.getAgainsts()) whyNot.add(ag.isRuleOut() ? "ruled out: " + ag.getReason() : "x" + explainer.decimals.of(ag.getFactor()) + " " + ag.getReason());
            ruledOut = h.isRuledOut();
        }
        List<EvidenceLine> evidence = explainer.rankedEvidence(tree);
        return new Finding(id, confidence, tunnel, p.label(), summary, fix, next, supported, ruledOut, whyNot, evidence, tree, null, change);
    }

    private List<Advice> advice(List<Recommendation> all, TunnelPlatforms platforms, Platform peerPlatform) {
        Set<Advice> out = new LinkedHashSet<>();
        // working memory has no stable order; the report must not change from run to run
        List<Recommendation> recs = all.stream()
                .sorted(Comparator.comparing(Recommendation::getTunnel).thenComparing(Recommendation::getCauseId)
                        .thenComparing(Recommendation::getCommand).thenComparing(Recommendation::getWhy)).toList();
        for (Recommendation r : recs) {
            if (!r.getCommand().isEmpty()) {
                List<AdviceCommands.Step> steps = AdviceCommands.expand(r.getCommand(), r.getWhy(), platforms.of(r.getTunnel()), peerPlatform);
                List<String> keep = platforms.pasted().unanswered(steps.stream().map(AdviceCommands.Step::command).toList(), r.getTunnel());
                for (AdviceCommands.Step st : steps) {
                    if (keep.contains(st.command())) out.add(new Advice(st.command(), st.why(), r.getTunnel(), r.getCauseId()));
                }
                continue;
            }
            Platform p = platforms.of(r.getTunnel());
            catalog.get(r.getCauseId()).ifPresent(c -> {
                for (String cmd : platforms.pasted().unanswered(fill(c.nextFor(p, platforms.ikev2(r.getTunnel())), r.getTunnel()), r.getTunnel())) {
                    out.add(new Advice(cmd, r.getWhy(), r.getTunnel(), r.getCauseId()));
                }
            });
        }
        return new ArrayList<>(out);
    }

    private static List<String> fill(List<String> commands, String tunnel) {
        if (Tunnel.UNKNOWN.equals(tunnel)) return commands;
        List<String> out = new ArrayList<>(commands.size());
        String peer = Tunnel.peerOf(tunnel);
        for (String c : commands) out.add(c.replace("<peer>", peer).replace("<peer-ip>", peer));
        return out;
    }

    /** Each tunnel's platform: the most common one among its events, else the config's, else the overall one. */
    record TunnelPlatforms(Map<String, Platform> byTunnel, Platform fallback, Set<String> ikev2Tunnels, FixRoles roles, PastedOutputs pasted) {
        Platform of(String tunnel) { return byTunnel.getOrDefault(tunnel, fallback); }
        /** The tunnel's lines speak IKEv2 only (its Fix then uses the platform's IKEv2 syntax). */
        boolean ikev2(String tunnel) { return ikev2Tunnels.contains(tunnel); }
    }

    private static TunnelPlatforms tunnelPlatforms(List<LogEvent> events, Platform configPlatform, FixRoles roles) {
        Map<String, Map<Platform, Integer>> counts = new HashMap<>();
        Map<Platform, Integer> overall = new EnumMap<>(Platform.class);
        Set<String> v2 = new HashSet<>(), v1 = new HashSet<>();
        for (LogEvent e : events) {
            String ikev = e.attr("ikev");
            if ("2".equals(ikev)) v2.add(e.getTunnel()); else if ("1".equals(ikev)) v1.add(e.getTunnel());
            if (e.getPlatform() == Platform.UNKNOWN) continue;
            counts.computeIfAbsent(e.getTunnel(), k -> new EnumMap<>(Platform.class)).merge(e.getPlatform(), e.getCount(), Integer::sum);
            overall.merge(e.getPlatform(), e.getCount(), Integer::sum);
        }
        Map<String, Platform> byTunnel = new HashMap<>();
        counts.forEach((t, m) -> byTunnel.put(t, mostCommon(m)));
        Platform fallback = fallbackPlatform(overall, configPlatform);
        v2.removeAll(v1);
        return new TunnelPlatforms(byTunnel, fallback, v2, roles, PastedOutputs.of(events));
    }

    private static Platform platformOf(String label) {
        for (Platform x : Platform.values()) if (x.label().equals(label)) return x;
        return Platform.UNKNOWN;
    }

    private static Platform fallbackPlatform(Map<Platform, Integer> overall, Platform configPlatform) {
        return configPlatform != null && configPlatform != Platform.UNKNOWN ? configPlatform
                : overall.isEmpty() ? Platform.UNKNOWN : mostCommon(overall);
    }

    /**
     * The platform of a tunnel whose own lines do not tell: the config's, else the most common among
     * all events. A batch of tunnels (TunnelBatches) takes it from all the evidence, as one session would.
     */
    static Platform fallbackPlatform(List<Object> facts, Platform configPlatform) {
        Map<Platform, Integer> overall = new EnumMap<>(Platform.class);
        for (Object f : facts) {
            if (f instanceof LogEvent e && e.getPlatform() != Platform.UNKNOWN) overall.merge(e.getPlatform(), e.getCount(), Integer::sum);
        }
        return fallbackPlatform(overall, configPlatform);
    }

    private static Platform mostCommon(Map<Platform, Integer> m) {
        return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Platform.UNKNOWN);
    }
}
