package vpndoctor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Tunnel;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * Diagnoses many tunnels in bounded batches (issue 14: 100k tunnels do not fit one session in
 * 256 MB). The log events that name a peer are split by tunnel; every other fact (configs, events
 * without a peer, observations, unrecognized lines) is shared: inserted into every batch's session,
 * so the config rules, the device-wide ones and the "unknown" tunnel see what one session would.
 * A batch reports only the tunnels it owns (its events' peers); findings on tunnels no batch owns
 * (config-only pairings, "unknown") are taken from the first batch, whose shared facts are the same
 * as every other's. A rule that relates the events of two different peers would see only one
 * batch's; {@code BatchedDiagnosisTest} runs every sample case one tunnel per batch to show none does.
 */
public final class TunnelBatches {
    /**
     * Tunnels per session when the command line does not say; below this many, one session as before.
     * 250, measured (BENCHMARKS.md round 6): at -Xmx256m a 2,000-tunnel session on each of two threads
     * kept the old generation full (1M lines x 100k tunnels: 86 full collections, 49 s); 250 gave 21
     * and 25 s, and 1k/10k tunnels and a 10k-line config pair were no slower.
     */
    public static final int DEFAULT_TUNNELS = 250;

    private static int peersOf(Split s) {
        int n = 0;
        for (List<String> t : s.tunnelsOf().values()) n += t.size();
        return n;
    }

    private TunnelBatches() {}



    /**
     * The tunnels' own facts by group of related tunnels (keyed by the group's first tunnel, sorted),
     * the tunnels of each group, and the shared facts.
     */
    record Split(TreeMap<String, List<Object>> byGroup, Map<String, List<String>> tunnelsOf, List<Object> shared) {}

    /**
     * Two rules relate events of different peers, both through an event's {@code local} address:
     * "exists LogEvent( local == $a )" (is this address ours? symptoms/phase2-proxy.drl) asks about
     * any event of the device, and "LogEvent( local == $t )" (return-route.drl) joins the partner's
     * output, whose local address is our tunnel's peer. So tunnels whose peer is another event's local
     * address go in one group (one batch), and one event for each local address is shared by every batch.
     */
    static Split split(List<Object> facts) {
        Set<String> peers = new java.util.HashSet<>();
        for (Object f : facts) if (f instanceof LogEvent e && e.getPeer() != null) peers.add(e.getPeer());
        Map<String, String> parent = new java.util.HashMap<>();
        Map<String, LogEvent> witnessOfLocal = new java.util.LinkedHashMap<>();
        for (Object f : facts) {
            if (!(f instanceof LogEvent e) || e.getLocal() == null) continue;
            witnessOfLocal.putIfAbsent(e.getLocal(), e);
            if (e.getPeer() != null && peers.contains(e.getLocal())) union(parent, e.getPeer(), e.getLocal());
        }
        // the two ends of one tunnel (rules read one end's success for the other) go in one group, and their pairing with them
        for (Object f : facts) {
            if (f instanceof vpndoctor.model.TunnelEnds t && peers.contains(Tunnel.peerOf(t.getTunnel())) && peers.contains(Tunnel.peerOf(t.getOtherEnd()))) {
                union(parent, Tunnel.peerOf(t.getTunnel()), Tunnel.peerOf(t.getOtherEnd()));
            }
        }
        TreeMap<String, List<Object>> byGroup = new TreeMap<>();
        Map<String, java.util.SortedSet<String>> members = new java.util.HashMap<>();
        for (String p : peers) members.computeIfAbsent(find(parent, p), k -> new java.util.TreeSet<>()).add(p);
        Map<String, String> groupOf = new java.util.HashMap<>();
        Map<String, List<String>> tunnelsOf = new java.util.HashMap<>();
        members.values().forEach(m -> {
            m.forEach(p -> groupOf.put(p, m.first()));
            tunnelsOf.put(m.first(), List.copyOf(m));
        });
        List<Object> shared = new ArrayList<>();
        Set<LogEvent> witnesses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        witnesses.addAll(witnessOfLocal.values());
        for (Object f : facts) {
            if (f instanceof LogEvent e && e.getPeer() != null) {
                byGroup.computeIfAbsent(groupOf.get(e.getPeer()), k -> new ArrayList<>(4)).add(f);
                if (witnesses.contains(e)) shared.add(f); // also in its own group's batch: see addTo
            } else if (f instanceof vpndoctor.model.TunnelEnds t && groupOf.containsKey(Tunnel.peerOf(t.getTunnel()))) {
                byGroup.computeIfAbsent(groupOf.get(Tunnel.peerOf(t.getTunnel())), k -> new ArrayList<>(4)).add(f);
            } else {
                shared.add(f);
            }
        }
        return new Split(byGroup, tunnelsOf, shared);
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        for (String p; (p = parent.get(r)) != null; ) r = p;
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    /**
     * Runs the batches: {@code perBatch} gets each batch's findings (its own tunnels only) as soon as
     * it is assembled, then those on tunnels no batch owns. The returned summary has no findings: the
     * input accounting, unrecognized lines, notes, the rule errors of every batch, and in
     * {@code tunnels} every tunnel reported. With at most {@code tunnelsPerBatch} tunnels, one
     * session: {@code perBatch} gets the whole diagnosis once. One batch at a time, on this thread.
     */
    public static Diagnosis run(Engine doctor, LoadedEvidence loaded, int tunnelsPerBatch, Consumer<Diagnosis> perBatch) {
        return run(doctor, loaded, tunnelsPerBatch, 1, perBatch);
    }

    /** Batch threads when the command line does not say: two when the machine has two cores or more. */
    public static int defaultThreads() { return Math.min(2, Runtime.getRuntime().availableProcessors()); }

    /** One batch's outcome: its own tunnels' findings, and (first batch only) those on tunnels no batch owns. */
    private record Done(Diagnosis own, Diagnosis rest) {}

    /**
     * Like {@link #run(Engine, LoadedEvidence, int, Consumer)}, with up to {@code threads} batches
     * diagnosed at once (each in its own session of the shared rule base). {@code perBatch} is still
     * called on this thread, in batch order, so a report written from it is the same byte for byte
     * whatever the number of threads; at most {@code threads} batches are in flight (diagnosed and not
     * yet handed over), which bounds memory.
     */
    public static Diagnosis run(Engine doctor, LoadedEvidence loaded, int tunnelsPerBatch, int threads, Consumer<Diagnosis> perBatch) {
        return run(doctor, loaded, tunnelsPerBatch, threads, perBatch, false, ShapeMemo.enabled(), null);
    }

    /**
     * Like {@link #run(Engine, LoadedEvidence, int, int, Consumer)}, for a caller that hands over
     * {@code loaded}'s fact list and never reads it again (diagnose --format jsonl): once the facts are
     * split into batches the list is emptied, so a written batch's events are no longer reachable and
     * the collector can reclaim them while later batches run (1M lines x 100k tunnels under -Xmx256m:
     * the event store was live to the end, and the old generation stayed full). Same report.
     */
    public static Diagnosis runReleasing(Engine doctor, LoadedEvidence loaded, int tunnelsPerBatch, int threads, Consumer<Diagnosis> perBatch) {
        return run(doctor, loaded, tunnelsPerBatch, threads, perBatch, true, ShapeMemo.enabled(), null);
    }

    /**
     * Makes, on the calling thread, what the shape memo of this engine's runs reads from the rules (the same for every run):
     * diagnose --format jsonl calls it on the thread that built the rules, while the evidence is still being read, so the
     * single-threaded step between the last line and the first batch does not (docs/perf-notes/s14-scale.md).
     */
    public static void prepare(Engine doctor) {
        if (ShapeMemo.enabled()) ShapeMemo.prepare(doctor);
    }

    /**
     * The batches with the shape memo on or off ({@code useMemo}), for tests that compare the two;
     * {@code memoSeen} gets the run's memo (null when it was off or could not be used).
     */
    static Diagnosis run(Engine doctor, LoadedEvidence loaded, int tunnelsPerBatch, int threads, Consumer<Diagnosis> perBatch,
                         boolean release, boolean useMemo, Consumer<ShapeMemo> memoSeen) {
        if (tunnelsPerBatch < 1) throw new IllegalArgumentException("tunnels per batch must be at least 1, was " + tunnelsPerBatch);
        if (threads < 1) throw new IllegalArgumentException("batch threads must be at least 1, was " + threads);
        Split split = split(loaded.facts());
        if (split.byGroup().size() <= 1 || peersOf(split) <= tunnelsPerBatch) {
            Diagnosis whole = doctor.diagnose(loaded);
            perBatch.accept(whole);
            return new Diagnosis(List.of(), List.of(), List.of(), List.of(), whole.tunnels(), whole.input(), whole.unrecognized(),
                    whole.notes(), whole.ruleErrors());
        }
        // the platform a tunnel without platform-telling lines gets (its advice's syntax): from all the evidence
        vpndoctor.model.Platform platform = DiagnosisAssembler.fallbackPlatform(loaded.facts(), loaded.configPlatform());
        if (release) loaded.facts().clear(); // the split holds every fact now, each only until its batch is formed
        Set<String> errors = new LinkedHashSet<>();
        Set<String> reported = new java.util.TreeSet<>();
        Set<String> rootIdsSeen = new java.util.HashSet<>();
        Set<String> allPeers = new java.util.HashSet<>();
        split.tunnelsOf().values().forEach(allPeers::addAll);
        Diagnosis rest = null;
        java.util.ArrayDeque<java.util.concurrent.Future<Done>> inFlight = new java.util.ArrayDeque<>();
        java.util.concurrent.ExecutorService pool = threads == 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vpn-doctor-batch");
            t.setDaemon(true);
            return t;
        });
        // the shape memo (ShapeMemo): decided once for the run; the first batch, which also reports the rest, never uses it
        ShapeMemo memo = useMemo ? ShapeMemo.forRun(doctor, split.shared(), split.byGroup().values(), doctor.context(loaded, List.of()).ruleErrors())
                : null;
        try {
            var it = split.byGroup().entrySet().iterator();
            boolean first = true;
            while (it.hasNext() || !inFlight.isEmpty()) {
                while (it.hasNext() && inFlight.size() < threads) {
                    List<String> owned = new ArrayList<>(tunnelsPerBatch);
                    List<List<String>> groupTunnels = new ArrayList<>();
                    List<List<Object>> groupFacts = new ArrayList<>();
                    while (it.hasNext() && (owned.isEmpty() || owned.size() < tunnelsPerBatch)) { // a group is never split
                        Map.Entry<String, List<Object>> g = it.next();
                        List<String> tunnels = split.tunnelsOf().get(g.getKey());
                        owned.addAll(tunnels);
                        groupTunnels.add(tunnels);
                        groupFacts.add(g.getValue());
                        it.remove(); // the batch holds them now; the split need not
                    }
                    boolean reportsRest = first;
                    first = false;
                    ShapeMemo batchMemo = reportsRest ? null : memo;
                    java.util.concurrent.Callable<Done> work = () -> {
                        Set<String> mine = new java.util.HashSet<>(owned);
                        if (batchMemo == null) {
                            Diagnosis d = doctor.diagnose(batchOf(split.shared(), groupFacts, null, loaded, platform));
                            // the first batch reports the tunnels no batch owns (config-only pairings, "unknown")
                            return new Done(only(d, mine::contains), reportsRest ? only(d, t -> !allPeers.contains(t)) : null);
                        }
                        return new Done(withMemo(doctor, batchMemo, split.shared(), groupTunnels, groupFacts, mine, loaded, platform), null);
                    };
                    inFlight.add(pool == null ? java.util.concurrent.CompletableFuture.completedFuture(call(work)) : pool.submit(work));
                }
                Done done = await(inFlight.poll());
                Diagnosis own = done.own();
                errors.addAll(own.ruleErrors());
                own.rootCauses().forEach(f -> rootIdsSeen.add(f.id()));
                reported.addAll(own.tunnels());
                perBatch.accept(own);
                if (done.rest() != null) rest = done.rest();
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        if (memo != null && ShapeMemo.stats()) System.err.println(memo.summary());
        if (memoSeen != null) memoSeen.accept(memo);
        rest = withoutRefinedUnknown(rest, rootIdsSeen, doctor.catalog());
        perBatch.accept(rest);
        reported.addAll(rest.tunnels());
        return new Diagnosis(List.of(), List.of(), List.of(), List.of(), List.copyOf(reported),
                rest.input(), rest.unrecognized(), rest.notes(), List.copyOf(errors));
    }

    /** One session of a memo batch: its diagnosis, and the tunnels with a watched symptom (ShapeMemo.watchedCodes). */
    private static ShapeMemo.SharedOnly session(Engine doctor, ShapeMemo memo, LoadedEvidence batch) {
        Set<String> anchored = new java.util.HashSet<>();
        Diagnosis d = doctor.diagnose(batch, memo.watchedCodes.isEmpty() ? null : s -> {
            for (vpndoctor.model.Symptom y : s.all(vpndoctor.model.Symptom.class)) if (memo.watchedCodes.contains(y.getCode())) anchored.add(y.getTunnel());
        });
        return new ShapeMemo.SharedOnly(d, Set.copyOf(anchored));
    }

    /** A batch's evidence: the shared facts, then the facts of its groups (those {@code skip} marks left out), each once. */
    private static LoadedEvidence batchOf(List<Object> shared, List<List<Object>> groups, boolean[] skip, LoadedEvidence loaded,
                                          vpndoctor.model.Platform platform) {
        Set<Object> batchFacts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Object> ordered = new ArrayList<>(shared);
        batchFacts.addAll(shared);
        for (int i = 0; i < groups.size(); i++) {
            if (skip != null && skip[i]) continue;
            for (Object f : groups.get(i)) if (batchFacts.add(f)) ordered.add(f); // a shared witness once
        }
        return new LoadedEvidence(ordered, loaded.accounting(), loaded.sources(), platform,
                loaded.configLines(), loaded.configUnparsed(), loaded.notes());
    }

    /**
     * A batch with the shape memo: tunnels whose shape has a checked entry are re-bound from it, the
     * others are diagnosed in one session as before (and teach the memo); the re-bound parts are merged
     * in the assembler's orders. When that session concludes anything on a tunnel it does not own
     * ("unknown", which a tunnel's root cause may refine) or meets an error, the whole batch is
     * diagnosed as without the memo.
     */
    private static Diagnosis withMemo(Engine doctor, ShapeMemo memo, List<Object> shared, List<List<String>> groupTunnels,
                                      List<List<Object>> groupFacts, Set<String> mine, LoadedEvidence loaded, vpndoctor.model.Platform platform) {
        int n = groupFacts.size();
        String[] keys = new String[n];
        ShapeMemo.Parts[] reboundParts = new ShapeMemo.Parts[n];
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            keys[i] = memo.key(groupTunnels.get(i), groupFacts.get(i));
            if (keys[i] == null) continue;
            reboundParts[i] = memo.lookup(keys[i], groupTunnels.get(i).get(0), groupFacts.get(i));
            skip[i] = reboundParts[i] != null;
        }
        // tunnels with a symptom that anchors a rule reading other tunnels' facts (ShapeMemo.forRun)
        boolean allRebound = n > 0;
        for (boolean b : skip) allRebound &= b;
        Set<String> anchored;
        Diagnosis d;
        if (allRebound) {
            // the session then holds the shared facts alone, the same in every such batch: diagnosed once per run
            ShapeMemo.SharedOnly so = memo.sharedOnly(() -> session(doctor, memo, batchOf(shared, groupFacts, skip, loaded, platform)));
            d = so.diagnosis();
            anchored = so.anchored();
        } else {
            ShapeMemo.SharedOnly so = session(doctor, memo, batchOf(shared, groupFacts, skip, loaded, platform));
            d = so.diagnosis();
            anchored = so.anchored();
        }
        Set<String> diagnosed = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) if (!skip[i]) diagnosed.addAll(groupTunnels.get(i));
        boolean clean = anchored.isEmpty() && d.ruleErrors().equals(memo.baseErrors)
                && d.rootCauses().stream().allMatch(f -> diagnosed.contains(f.tunnel()));
        boolean anyHit = false;
        for (boolean b : skip) anyHit |= b;
        if (!clean && anyHit) return only(doctor.diagnose(batchOf(shared, groupFacts, null, loaded, platform)), mine::contains);
        for (int i = 0; clean && i < n; i++) {
            if (keys[i] == null || skip[i]) continue;
            String peer = groupTunnels.get(i).get(0);
            memo.learn(keys[i], peer, groupFacts.get(i), ShapeMemo.partsOf(d, peer));
        }
        if (!clean) return only(d, mine::contains);
        Diagnosis own = only(d, mine::contains);
        List<Finding> roots = new ArrayList<>(own.rootCauses());
        List<Finding> hyps = new ArrayList<>(own.hypotheses());
        List<vpndoctor.result.BenignFinding> benign = new ArrayList<>(own.benign());
        List<vpndoctor.result.Advice> advice = new ArrayList<>(own.recommendations());
        Set<String> tunnels = new java.util.TreeSet<>(own.tunnels());
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (!skip[i]) continue;
            any = true;
            ShapeMemo.Parts p = reboundParts[i];
            roots.addAll(p.roots());
            hyps.addAll(p.hypotheses());
            benign.addAll(p.benign());
            advice.addAll(p.advice());
            tunnels.add(groupTunnels.get(i).get(0));
        }
        if (!any) return own;
        DiagnosisAssembler assembler = doctor.assembler();
        roots.sort(assembler.rootOrder());
        hyps.sort(assembler.hypothesisOrder());
        benign.sort(DiagnosisAssembler.BENIGN_ORDER);
        advice.sort(java.util.Comparator.comparing(vpndoctor.result.Advice::tunnel)); // stable: each tunnel's advice keeps its order
        return new Diagnosis(roots, hyps, benign, advice, List.copyOf(tunnels), own.input(), own.unrecognized(), own.notes(),
                own.ruleErrors(), own.devices(), own.tool());
    }

    private static <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The batch's outcome; what its thread threw is thrown here (an OutOfMemoryError stays one). */
    private static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch of tunnels", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** d with the findings, advice and tunnels of the tunnels {@code keep} accepts. */
    static Diagnosis only(Diagnosis d, java.util.function.Predicate<String> keep) {
        return new Diagnosis(
                d.rootCauses().stream().filter(f -> keep.test(f.tunnel())).toList(),
                d.hypotheses().stream().filter(f -> keep.test(f.tunnel())).toList(),
                d.benign().stream().filter(f -> keep.test(f.tunnel())).toList(),
                d.recommendations().stream().filter(a -> keep.test(a.tunnel())).toList(),
                d.tunnels().stream().filter(keep).toList(),
                d.input(), d.unrecognized(), d.notes(), d.ruleErrors());
    }

    /**
     * One session drops a general root cause on "unknown" when a more specific one is proven on any
     * tunnel (DiagnosisAssembler.refine); the first batch saw only its own tunnels' specific ones.
     */
    private static Diagnosis withoutRefinedUnknown(Diagnosis rest, Set<String> rootIds, CauseCatalog catalog) {
        List<Finding> roots = new ArrayList<>();
        for (Finding f : rest.rootCauses()) {
            boolean refined = Tunnel.UNKNOWN.equals(f.tunnel())
                    && rootIds.stream().anyMatch(c -> !c.equals(f.id()) && catalog.satisfies(c, f.id()));
            if (!refined) roots.add(f);
        }
        return new Diagnosis(roots, rest.hypotheses(), rest.benign(), rest.recommendations(), rest.tunnels(), rest.input(),
                rest.unrecognized(), rest.notes(), rest.ruleErrors());
    }
}
