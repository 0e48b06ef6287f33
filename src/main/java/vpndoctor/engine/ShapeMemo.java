package vpndoctor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.result.Advice;
import vpndoctor.result.BenignFinding;
import vpndoctor.result.Change;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.ExplanationNode;
import vpndoctor.result.Finding;

/**
 * Memo of per-tunnel conclusions by evidence shape (issue 14: 100k tunnels fail in a handful of
 * ways). A tunnel's shape is everything about its facts the rules can tell apart, with the tunnel's
 * identity left out: its peer address, its events' ids, their lines and times; first/last input
 * order is kept as the order among the tunnel's own events and the shared ones. When a tunnel has
 * the shape of one already diagnosed (and checked, see {@link Entry}), that tunnel's findings are
 * re-bound to this one's peer, event ids and lines instead of running the rules and the assembly
 * again. docs/perf-notes/s9-shape.md says why this is exact and what falls back to the full path.
 * Switch: -Dvpndoctor.shapeMemo=off or VPNDOCTOR_SHAPE_MEMO=off.
 */
final class ShapeMemo {
    /** Stands for the peer address in a shape: no input text holds U+0001. */
    private static final String PEER = "\u0001";
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SAYS = Pattern.compile("says\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern DSL_SAYS = Pattern.compile("(?:says|saying)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** An attribute read by a name the rule text does not spell out, or the whole attribute map, or a sample phrase not spelled out. */
    private static final Pattern DYNAMIC = Pattern.compile("\\b(?:attr|has)\\s*\\(\\s*[^\"\\s]|\\battrs\\b|getAttrs|says\\s*\\(\\s*[^\"\\s]"
            // what the shape leaves out must be out of the rules' sight: times, line numbers and texts, ids, the fact printed whole
            + "|[Ff]irstTime|[Ll]astTime|origin\\s*\\.\\s*(?:line|text)|getLine|getText|\\borigins\\b|getOrigins|toString|describe\\s*\\(|getId|\\.\\s*id\\b"
            // input order is compared, never computed with or printed
            + "|(?:[Ff]irstSeq|[Ll]astSeq)\\s*[-+*/%]|[-+*/%]\\s*(?:\\$\\w+\\s*\\.\\s*)?(?:[Ff]irstSeq|[Ll]astSeq|get[FL]\\w+Seq)");

    /** Whether the memo is on: unless -Dvpndoctor.shapeMemo or VPNDOCTOR_SHAPE_MEMO says off/false/0. */
    static boolean enabled() {
        String v = System.getProperty("vpndoctor.shapeMemo");
        if (v == null) v = System.getenv("VPNDOCTOR_SHAPE_MEMO");
        return v == null || !(v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    /** Whether the switch asks for a line of counts on standard error at the end of a run (value "stats"). */
    static boolean stats() {
        String v = System.getProperty("vpndoctor.shapeMemo");
        if (v == null) v = System.getenv("VPNDOCTOR_SHAPE_MEMO");
        return "stats".equalsIgnoreCase(v);
    }

    /** Counts for the stats line and tests. */
    String summary() {
        return "shape memo: " + sharedFacts.size() + " shared facts, " + memo.size() + " shapes, " + verified + " checked, " + poisoned + " refused, " + hits + " tunnels re-bound (" + addressHits + " with addresses left out); no shape (peer spelled in rules or shared facts, kind/lines, value holding the peer, event): "
                + Arrays.toString(why);
    }

    /** Words a rule may compare: quoted strings of every rule file and every word of the DSL ones (attribute names there are bare). */
    private final Set<String> ruleWords;
    /** The phrases rules ask {@code says} about. */
    private final List<String> phrases;
    /** Tokens of the rules' and the catalogue's text: a peer spelled there could be rewritten by mistake. */
    private final Set<String> constantTokens;
    private final long[] sharedSeqs;
    private final Set<String> sharedTokens;
    /** Places (source number, line: {@link #place}) of the shared facts' kept lines. */
    private final Set<Long> sharedPlaces;
    /** Sources numbered for this run: a key names a kept line's source by number, a place is one long. */
    private final ConcurrentHashMap<String, Integer> sourceNumbers;
    private final Set<Object> sharedFacts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final List<String> baseErrors;
    private final ConcurrentHashMap<String, Entry> memo = new ConcurrentHashMap<>();
    final AtomicInteger[] why = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    final AtomicInteger hits = new AtomicInteger(), addressHits = new AtomicInteger(), verified = new AtomicInteger(), poisoned = new AtomicInteger();

    /** Which attributes' addresses a shape may stand placeholders for (null: none), and the nets rules or shared facts spell. */
    private AddressShapes addresses;
    private List<long[]> referenceNets = List.of();
    /** Stands for the n-th distinct address of a tunnel's opaque attributes (AddressShapes): U+0006 then n. */
    private static final char ADDRESS = '\u0006';
    private static final Pattern NET = Pattern.compile("(?<![\\w.:-])(\\d{1,3}(?:\\.\\d{1,3}){3})(?:/(\\d{1,2}|\\d{1,3}(?:\\.\\d{1,3}){3}))?(?![\\w.:-])");
    /** More nets than this in the rules and shared facts: addresses stay whole in shapes (the key would grow with each). */
    static final int MAX_REFERENCE_NETS = 256;

    private ShapeMemo(Set<String> ruleWords, List<String> phrases, Set<String> constantTokens, long[] sharedSeqs,
                      Set<String> sharedTokens, Set<Long> sharedPlaces, ConcurrentHashMap<String, Integer> sourceNumbers,
                      List<String> baseErrors) {
        this.ruleWords = ruleWords;
        this.phrases = phrases;
        this.constantTokens = constantTokens;
        this.sharedSeqs = sharedSeqs;
        this.sharedTokens = sharedTokens;
        this.sharedPlaces = sharedPlaces;
        this.sourceNumbers = sourceNumbers;
        this.baseErrors = baseErrors;
    }

    private Set<String> riskyKinds = Set.of();
    /** Symptom codes that anchor a rule reading other tunnels' facts in this run (see {@link #forRun}). */
    Set<String> watchedCodes = Set.of();

    private ShapeMemo sharing(List<Object> shared, Set<String> risky, Set<String> watch) {
        sharedFacts.addAll(shared);
        riskyKinds = risky;
        watchedCodes = watch;
        return this;
    }

    /**
     * The memo for one run, or null when it cannot be used: a fact other than a log
     * event is present (configs, observations, unrecognized lines: rules join tunnels to them in ways
     * the shape does not capture), a tunnel's event has a kind rules may match across tunnels
     * ({@link CrossTunnelKinds}), or a rule reads what the shape leaves out (see {@link #DYNAMIC}).
     */
    static ShapeMemo forRun(Engine doctor, List<Object> shared, Iterable<List<Object>> groups, List<String> baseErrors) {
        for (Object f : shared) if (!(f instanceof LogEvent)) return null;
        // A rule with conditions tied to no tunnel makes a tunnel's conclusions depend on its batch, and
        // leaving a re-bound tunnel's events out of the session could change what such a condition sees.
        // Such a rule matters in this run only when the run has events of its anchor kinds and of its
        // reach kinds (else it never fires, or its untied conditions see nothing in any batch). Then:
        // anchored on symptoms of named codes, the codes are watched (a tunnel with one is no template,
        // and a batch whose session has one is diagnosed whole); anchored otherwise, a tunnel with an
        // event of its anchor or reach kinds is never memoised.
        RuleReading rules = reading(doctor);
        List<CrossTunnelKinds.Cross> cross = rules.cross();
        if (cross == null) return null;
        Set<String> present = new HashSet<>();
        for (Object f : shared) present.add(((LogEvent) f).getKind());
        for (List<Object> g : groups) for (Object f : g) {
            // the pairing of a tunnel's two ends lies in their group of two tunnels, which is never memoised (key)
            if (f instanceof vpndoctor.model.TunnelEnds) continue;
            if (!(f instanceof LogEvent e)) return null;
            present.add(e.getKind());
        }
        Set<String> risky = new HashSet<>(), watch = new HashSet<>();
        for (CrossTunnelKinds.Cross c : cross) {
            if (c.anchorKinds() != null && c.anchorKinds().stream().noneMatch(present::contains)) continue;
            if (c.reachKinds() != null && c.reachKinds().stream().noneMatch(present::contains)) continue;
            if (c.anchorCodes() != null) {
                watch.addAll(c.anchorCodes());
                continue;
            }
            if (c.anchorKinds() == null || c.reachKinds() == null) return null;
            risky.addAll(c.anchorKinds());
            risky.addAll(c.reachKinds());
        }
        if (rules.unshapeable()) return null;
        long[] seqs = new long[2 * shared.size()];
        Set<String> sharedTokens = new HashSet<>();
        Set<Long> places = new HashSet<>();
        ConcurrentHashMap<String, Integer> sources = new ConcurrentHashMap<>();
        int i = 0;
        for (Object f : shared) {
            LogEvent e = (LogEvent) f;
            seqs[i++] = e.getFirstSeq();
            seqs[i++] = e.getLastSeq();
            tokens(e.describe(), sharedTokens);
            tokens(String.valueOf(e.getDevice()), sharedTokens);
            tokens(String.valueOf(e.getLocal()), sharedTokens);
            tokens(e.getTunnel(), sharedTokens);
            for (Origin o : e.getOrigins()) {
                places.add(place(sources, o.getSource(), o.getLine()));
                tokens(o.getText(), sharedTokens);
                tokens(o.getSource(), sharedTokens);
            }
        }
        Arrays.sort(seqs);
        ShapeMemo memo = new ShapeMemo(rules.words(), rules.phrases(), rules.constants(), seqs, sharedTokens, places, sources, baseErrors)
                .sharing(shared, risky, watch);
        if (!addressesOff()) {
            // the nets rules, the catalogue and shared facts spell: a shape keeps how each of a tunnel's addresses relates to them
            Map<String, long[]> refs = new java.util.LinkedHashMap<>(rules.nets());
            for (Object f : shared) {
                LogEvent e = (LogEvent) f;
                nets(e.describe() + " " + e.getDevice() + " " + e.getLocal() + " " + e.getTunnel(), refs);
                for (Origin o : e.getOrigins()) nets(o.getText(), refs);
            }
            AddressShapes a = refs.size() > MAX_REFERENCE_NETS ? null : rules.addresses().get();
            if (a != null) {
                memo.addresses = a;
                memo.referenceNets = List.copyOf(refs.values());
            }
        }
        return memo;
    }

    /**
     * What {@link #forRun} reads from the rule files and the catalogue, which depends on nothing else: made once per
     * engine, and ahead of the run when {@link #prepare} is called (the reading of a large log leaves the rules'
     * thread idle, where the step between the last line and the first batch runs on one core). {@code unshapeable}:
     * a rule reads what a shape leaves out ({@link #DYNAMIC}, or a DSL sentence asking says() of no literal phrase).
     * The sets are read only.
     */
    record RuleReading(List<CrossTunnelKinds.Cross> cross, boolean unshapeable, Set<String> words, List<String> phrases,
                       Set<String> constants, Map<String, long[]> nets, java.util.function.Supplier<AddressShapes> addresses) {}

    private static final Map<Engine, java.util.concurrent.FutureTask<RuleReading>> READINGS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Reads the rules for the memo of this engine's runs now, on the calling thread (nothing when done or under way). */
    static void prepare(Engine doctor) {
        readingTask(doctor).run();
    }

    private static java.util.concurrent.FutureTask<RuleReading> readingTask(Engine doctor) {
        return READINGS.computeIfAbsent(doctor, d -> new java.util.concurrent.FutureTask<>(() -> readRules(d)));
    }

    /** The engine's rule reading: made here unless made or being made (then waited for). */
    static RuleReading reading(Engine doctor) {
        var task = readingTask(doctor);
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the rules for the shape memo", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    static RuleReading readRules(Engine doctor) {
        CrossTunnelKinds.Read read = CrossTunnelKinds.read(doctor.ruleFiles());
        List<CrossTunnelKinds.Cross> cross = CrossTunnelKinds.of(read);
        if (cross == null) return new RuleReading(null, true, Set.of(), List.of(), Set.of(), Map.of(), () -> null);
        boolean unshapeable = false;
        Set<String> words = new HashSet<>(List.of("ikev")); // DiagnosisAssembler reads attr("ikev")
        List<String> phrases = new ArrayList<>();
        Set<String> constants = new HashSet<>();
        for (RuleFile rf : doctor.ruleFiles()) {
            String text = rf.content();
            if (DYNAMIC.matcher(text).find()) {
                unshapeable = true;
                break;
            }
            String ext = rf.extension();
            if (ext.equals("dsl") || ext.equals("dslr")) {
                for (String w : text.split("[^A-Za-z0-9_]+")) words.add(w);
                if (ext.equals("dsl")) {
                    // a sentence that asks says() must be one whose phrase follows "says"/"saying" (collected below)
                    for (String line : text.split("\n")) {
                        if (line.contains("says(") && !line.matches("(?s).*(says|saying) \"\\{[A-Za-z]+\\}\".*=.*")) unshapeable = true;
                    }
                    if (unshapeable) break;
                } else {
                    Matcher m = DSL_SAYS.matcher(text);
                    while (m.find()) phrases.add(m.group(1));
                }
            }
            Matcher q = QUOTED.matcher(text);
            while (q.find()) words.add(q.group(1));
            Matcher s = SAYS.matcher(text);
            while (s.find()) phrases.add(s.group(1));
            tokens(text, constants);
        }
        if (unshapeable) return new RuleReading(cross, true, Set.of(), List.of(), Set.of(), Map.of(), () -> null);
        for (CauseCatalog.Cause c : doctor.catalog().all().values()) tokens(c.toString(), constants);
        Map<String, long[]> nets = new java.util.LinkedHashMap<>();
        for (RuleFile rf : doctor.ruleFiles()) nets(rf.content(), nets);
        for (CauseCatalog.Cause c : doctor.catalog().all().values()) nets(c.toString(), nets);
        // asked only when the run's reference nets are few enough: made then, once
        java.util.concurrent.atomic.AtomicReference<Object> shapes = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<AddressShapes> addresses = () -> {
            synchronized (shapes) {
                if (shapes.get() == null) shapes.set(java.util.Optional.ofNullable(AddressShapes.of(read)));
                @SuppressWarnings("unchecked") java.util.Optional<AddressShapes> a = (java.util.Optional<AddressShapes>) shapes.get();
                return a.orElse(null);
            }
        };
        if (nets.size() <= MAX_REFERENCE_NETS) addresses.get(); // the usual case: made ahead too
        List<String> asked = List.copyOf(new java.util.LinkedHashSet<>(phrases));
        // every key asks every event these: lines kept from now on carry the answers (no read back from the file)
        vpndoctor.model.LogEvent.expectSays(asked);
        return new RuleReading(cross, false, java.util.Collections.unmodifiableSet(words), asked, java.util.Collections.unmodifiableSet(constants),
                java.util.Collections.unmodifiableMap(nets), addresses);
    }

    /** Whether shapes keep every address whole (-Dvpndoctor.shapeMemo.addresses=off or VPNDOCTOR_SHAPE_MEMO_ADDRESSES=off). */
    static boolean addressesOff() {
        String v = System.getProperty("vpndoctor.shapeMemo.addresses");
        if (v == null) v = System.getenv("VPNDOCTOR_SHAPE_MEMO_ADDRESSES");
        return v != null && (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    private static void nets(String text, Map<String, long[]> out) {
        if (text == null) return;
        Matcher m = NET.matcher(text);
        while (m.find()) {
            long[] n = AddressShapes.net(m.group());
            if (n != null) out.putIfAbsent(n[0] + "/" + n[1], n);
        }
    }

    /** Characters that continue a token: a peer is rewritten only where none of these touches it. */
    private static boolean inToken(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '_' || c == '-';
    }

    private static void tokens(String text, Set<String> out) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && !inToken(text.charAt(i))) i++;
            int start = i;
            while (i < n && inToken(text.charAt(i))) i++;
            if (i > start) out.add(text.substring(start, i));
        }
    }

    /** Whether {@code token} occurs in s with no token character on either side. */
    static boolean containsToken(String s, String token) {
        for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
            int end = i + token.length();
            if ((i == 0 || !inToken(s.charAt(i - 1))) && (end == s.length() || !inToken(s.charAt(end)))) return true;
        }
        return false;
    }

    /** s with every whole token equal to one of {@code from} replaced by the same place of {@code to}, all at once. */
    static String swap(String s, String[] from, String[] to) {
        if (from.length == 1) return swap(s, from[0], to[0]);
        if (s == null) return s;
        boolean any = false;
        for (String f : from) if (s.indexOf(f) >= 0) { any = true; break; }
        if (!any) return s;
        StringBuilder b = null;
        int last = 0, n = s.length();
        for (int i = 0; i < n; ) {
            while (i < n && !inToken(s.charAt(i))) i++;
            int start = i;
            while (i < n && inToken(s.charAt(i))) i++;
            int len = i - start;
            if (len == 0) continue;
            for (int j = 0; j < from.length; j++) {
                if (from[j].length() == len && s.regionMatches(start, from[j], 0, len)) {
                    if (b == null) b = new StringBuilder(n + 16);
                    b.append(s, last, start).append(to[j]);
                    last = i;
                    break;
                }
            }
        }
        if (b == null) return s;
        return b.append(s, last, n).toString();
    }

    /** s with every whole-token {@code from} replaced by {@code to}. */
    static String swap(String s, String from, String to) {
        if (s == null || s.indexOf(from) < 0) return s;
        StringBuilder b = null;
        int last = 0;
        for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + 1)) {
            int end = i + from.length();
            if ((i == 0 || !inToken(s.charAt(i - 1))) && (end == s.length() || !inToken(s.charAt(end)))) {
                if (b == null) b = new StringBuilder(s.length() + 16);
                b.append(s, last, i).append(to);
                last = end;
                i = end - 1;
            }
        }
        if (b == null) return s;
        return b.append(s, last, s.length()).toString();
    }

    /**
     * The shape of one group's facts, or null when the group cannot be memoised: more than one tunnel;
     * an event with a local address (a witness other tunnels' rules join), a tunnel named apart from its
     * peer, or a value holding the peer address where rules may read it; a peer spelled in the rules,
     * the catalogue or a shared fact; two kept lines at one place.
     */
    String key(List<String> tunnels, List<Object> facts) {
        if (tunnels.size() != 1) return null;
        String peer = tunnels.get(0);
        if (peer.isEmpty() || constantTokens.contains(peer) || sharedTokens.contains(peer)) { why[0].incrementAndGet(); return null; }
        int n = facts.size();
        long[] own = new long[2 * n];
        StringBuilder k = KEYS.get();
        k.setLength(0);
        Set<Long> places = new HashSet<>();
        List<String> toks = null;
        List<long[]> nets = null;
        for (int i = 0; i < n; i++) {
            LogEvent e = (LogEvent) facts.get(i);
            // a witness of a local address is shared by every batch (other tunnels' rules join it); its address is ours, not the peer
            if (!peer.equals(e.getPeer()) || !peer.equals(e.getTunnel()) || sharedFacts.contains(e)
                    || e.getLocal() != null && containsToken(e.getLocal(), peer)) { why[3].incrementAndGet(); return null; }
            String device = e.getDevice();
            if (device != null && containsToken(device, peer)) return null;
            if (riskyKinds.contains(e.getKind())) { why[1].incrementAndGet(); return null; }
            k.append(e.getKind()).append('\u0002').append(e.getPlatform().ordinal()).append('\u0002').append(device)
                    .append('\u0002').append(e.getLocal())
                    .append('\u0002').append(e.getCount());
            for (Map.Entry<String, String> a : e.getAttrs().entrySet()) {
                String v = a.getValue();
                if (containsToken(a.getKey(), peer)) return null;
                if (v.equals(peer) && !ruleWords.contains(a.getKey())) v = PEER; // no rule reads it: it is only printed
                else if (containsToken(v, peer)) { why[2].incrementAndGet(); return null; }
                k.append('\u0003').append(a.getKey()).append('=');
                if (addresses != null && hasAddress(v) && addresses.opaque(a.getKey())) {
                    if (toks == null) { toks = new ArrayList<>(4); nets = new ArrayList<>(4); }
                    abstracted(v, k, toks, nets);
                } else k.append(v);
            }
            // the kept lines by index (getOrigins made a list of new Origins per event, of three list classes:
            // the compiled key was thrown away and made again as each class reached this loop)
            for (int j = 0, m = e.sampleCount(); j < m; j++) {
                long place = place(sourceNumbers, e.sampleSource(j), e.sampleLine(j));
                if (!places.add(place) || sharedPlaces.contains(place)) { why[1].incrementAndGet(); return null; }
                k.append('\u0004').append((int) (place >>> 32));
            }
            k.append('\u0005');
            for (String p : phrases) k.append(e.says(p) ? '1' : '0');
            own[2 * i] = e.getFirstSeq();
            own[2 * i + 1] = e.getLastSeq();
            k.append('\n');
        }
        // input order: each value's rank among the group's own, and its place among the shared facts'
        long[] sorted = own.clone();
        Arrays.sort(sorted);
        for (long v : own) {
            int lo = Arrays.binarySearch(sorted, v);
            while (lo > 0 && sorted[lo - 1] == v) lo--;
            k.append(lo).append(',').append(sharedPlace(v)).append(';');
        }
        if (toks != null && !addressFacts(k, toks, nets, peer, facts)) { why[2].incrementAndGet(); return null; }
        String key = k.toString();
        if (k.capacity() > 1 << 16) KEYS.remove(); // one huge tunnel does not keep its builder's memory for the run
        return key;
    }

    /** Whether a value may hold an IPv4 address (a digit, then a dot). */
    private static boolean hasAddress(String v) {
        int dot = v.indexOf('.');
        return dot > 0 && v.length() >= 7 && Character.isDigit(v.charAt(dot - 1));
    }

    /**
     * Appends v with each address of it a shape may leave out replaced by its placeholder (the n-th
     * distinct such address of the tunnel: equal addresses share one), and notes the address (with its
     * prefix when v is one net) for {@link #addressFacts}. Kept whole: netmasks, and tokens the rules, the
     * catalogue or a shared fact spell (an address equal to a constant or a shared value stays equal).
     */
    private void abstracted(String v, StringBuilder k, List<String> toks, List<long[]> nets) {
        int n = v.length(), last = 0;
        long[] whole = null;
        for (int i = 0; i < n; ) {
            while (i < n && !inToken(v.charAt(i))) i++;
            int start = i;
            while (i < n && inToken(v.charAt(i))) i++;
            if (i - start < 7) continue;
            String t = v.substring(start, i);
            long a = AddressShapes.ipv4(t);
            if (a < 0 || AddressShapes.maskLike(a) || constantTokens.contains(t) || sharedTokens.contains(t)) continue;
            int index = toks.indexOf(t);
            if (index < 0) { index = toks.size(); toks.add(t); }
            if (k != null) k.append(v, last, start).append(ADDRESS).append(index);
            last = i;
            if (whole == null) whole = AddressShapes.net(v);
            nets.add(whole != null && whole[0] == a ? whole : new long[] {a, 32});
        }
        if (k != null) k.append(v, last, n);
    }

    /**
     * Appends what the rules could tell about the tunnel's left-out addresses besides their equality
     * (kept by the placeholders): each one's class and whether host bits are set below its prefix, how
     * each pair relates (equal, containing, contained, same network, disjoint), and how each relates to
     * the peer, to the events' local addresses and to every net the rules, the catalogue or shared facts
     * spell. False when a left-out address is also a token of what the shape keeps whole (the key, the
     * sources' names): re-binding would rewrite that too.
     */
    private boolean addressFacts(StringBuilder k, List<String> toks, List<long[]> nets, String peer, List<Object> facts) {
        String kept = k.toString();
        for (String t : toks) {
            if (containsToken(kept, t)) return false;
            for (String src : sourceNumbers.keySet()) if (containsToken(src, t)) return false;
        }
        k.append('\u0007');
        for (long[] x : nets) k.append(AddressShapes.classOf(x[0])).append(AddressShapes.hostBits(x) ? 'h' : 'n').append(x[1]).append(',');
        for (int i = 0; i < nets.size(); i++) for (int j = i + 1; j < nets.size(); j++) k.append(AddressShapes.relation(nets.get(i), nets.get(j)));
        k.append('|');
        long[] p = AddressShapes.net(peer);
        for (long[] x : nets) k.append(p == null ? '-' : AddressShapes.relation(x, p));
        k.append('|');
        for (Object f : facts) {
            String local = ((LogEvent) f).getLocal();
            long[] l = local == null ? null : AddressShapes.net(local);
            if (l == null) continue;
            for (long[] x : nets) k.append(AddressShapes.relation(x, l));
            k.append(',');
        }
        k.append('|');
        for (long[] r : referenceNets) for (long[] x : nets) k.append(AddressShapes.relation(x, r));
        return true;
    }

    /** The tunnel's left-out addresses in placeholder order (as {@link #key} met them), or an empty array. */
    private String[] tokensOf(String peer, List<Object> facts) {
        if (addresses == null) return NONE;
        List<String> toks = null;
        List<long[]> nets = null;
        for (Object f : facts) {
            for (Map.Entry<String, String> a : ((LogEvent) f).getAttrs().entrySet()) {
                String v = a.getValue();
                if (v.equals(peer) || !hasAddress(v) || !addresses.opaque(a.getKey())) continue;
                if (toks == null) { toks = new ArrayList<>(4); nets = new ArrayList<>(4); }
                abstracted(v, null, toks, nets);
            }
        }
        return toks == null ? NONE : toks.toArray(new String[0]);
    }

    private static final String[] NONE = {};

    /** A kept line's place: its source's number in this run, and its line. */
    private static long place(ConcurrentHashMap<String, Integer> numbers, String source, int line) {
        Integer n = numbers.get(source);
        if (n == null) {
            synchronized (numbers) {
                n = numbers.computeIfAbsent(source, x -> numbers.size());
            }
        }
        return (long) n << 32 | Integer.toUnsignedLong(line);
    }

    /** Each batch thread's key builder, kept between tunnels (a key is a few kB: growing a new one per tunnel was most of the memo's garbage). */
    private static final ThreadLocal<StringBuilder> KEYS = ThreadLocal.withInitial(() -> new StringBuilder(4096));

    private int sharedPlace(long v) {
        int below = 0, hi = sharedSeqs.length;
        while (below < hi) {
            int mid = (below + hi) >>> 1;
            if (sharedSeqs[mid] < v) below = mid + 1; else hi = mid;
        }
        return 2 * below + (below < sharedSeqs.length && sharedSeqs[below] == v ? 1 : 0);
    }

    /** The session of a batch whose tunnels were all re-bound: the shared facts alone (see {@link #sharedOnly}). */
    record SharedOnly(Diagnosis diagnosis, Set<String> anchored) {}

    private volatile SharedOnly sharedOnly;

    /**
     * The diagnosis of the shared facts alone, made once per run: a batch whose tunnels were all re-bound
     * diagnoses exactly these facts (with the run's accounting, sources and fallback platform), so every
     * such batch's session gives the same diagnosis (100k tunnels: ~400 sessions of the 34 shared facts).
     */
    SharedOnly sharedOnly(java.util.function.Supplier<SharedOnly> make) {
        SharedOnly s = sharedOnly;
        if (s == null) {
            synchronized (this) {
                s = sharedOnly;
                if (s == null) sharedOnly = s = make.get();
            }
        }
        return s;
    }

    /** One tunnel's part of a report. */
    record Parts(List<Finding> roots, List<Finding> hypotheses, List<BenignFinding> benign, List<Advice> advice) {}

    /**
     * Shapes kept, and shapes with conclusions kept: a shape's entry costs its key (a few hundred bytes);
     * its conclusions, explanation trees of ~10-20 KB. A large input with many one-off shapes (1M lines
     * x 100k tunnels: 8k shapes, 8 of them 80% of the tunnels) must not fill the heap with them: when
     * the templates reach the limit, those no tunnel was re-bound from are dropped (see {@link #sweep}).
     */
    static final int MAX_SHAPES = 16_384, MAX_TEMPLATES = 512;
    private final AtomicInteger templates = new AtomicInteger();

    /** A tunnel's conclusions with its peer and events, to re-bind from; set once checked (then used). */
    private static final class Template {
        private final String peer;
        private final List<LogEvent> events;
        private final Parts parts;
        /** The tunnel's left-out addresses, in placeholder order (re-bound like the peer). */
        private final String[] addresses;
        volatile boolean checked;

        Template(String peer, List<LogEvent> events, Parts parts, String[] addresses) {
            this.peer = peer;
            this.events = events;
            this.parts = parts;
            this.addresses = addresses;
        }

        String peer() { return peer; }
        List<LogEvent> events() { return events; }
        Parts parts() { return parts; }
    }

    /**
     * What is known of one shape. The first tunnel of a shape only marks it seen; the second, diagnosed
     * in full, leaves its conclusions and events (the template); the third, diagnosed in full too,
     * checks them: the template re-bound to it must equal its own conclusions, else the shape is never
     * re-bound. Only then are later tunnels of the shape re-bound instead of diagnosed. A template
     * dropped by {@link #sweep} is made and checked again if the shape comes back.
     */
    private static final class Entry {
        volatile Template template;
        /** 0 until checked; 1 checked and equal; -1 refused (never re-bound). */
        volatile int state;
        final AtomicInteger used = new AtomicInteger();
    }

    /** The parts of a checked entry of this shape re-bound to these facts, or null. */
    Parts lookup(String key, String peer, List<Object> facts) {
        Entry e = memo.get(key);
        if (e == null) return null;
        Template t = e.template;
        if (t == null || !t.checked) return null; // the template itself carries its check: a sweep may replace it meanwhile
        e.used.incrementAndGet();
        hits.incrementAndGet();
        if (t.addresses.length > 0) addressHits.incrementAndGet();
        return rebind(t, peer, facts, t.addresses.length == 0 ? NONE : tokensOf(peer, facts));
    }

    /** The tunnel's parts of a diagnosis its group was diagnosed in; null when it cannot be a shape's template. */
    static Parts partsOf(Diagnosis d, String tunnel) {
        List<Finding> roots = d.rootCauses().stream().filter(f -> f.tunnel().equals(tunnel)).toList();
        for (Finding f : roots) for (Finding r = f.refines(); r != null; r = r.refines()) if (!r.tunnel().equals(tunnel)) return null;
        return new Parts(roots, d.hypotheses().stream().filter(f -> f.tunnel().equals(tunnel)).toList(),
                d.benign().stream().filter(f -> f.tunnel().equals(tunnel)).toList(),
                d.recommendations().stream().filter(a -> a.tunnel().equals(tunnel)).toList());
    }

    /** Records a tunnel diagnosed in full (see {@link Entry}); {@code parts} null: it cannot serve as a template. */
    void learn(String key, String peer, List<Object> facts, Parts parts) {
        Entry e = memo.get(key);
        if (e == null) {
            if (memo.size() < MAX_SHAPES) memo.putIfAbsent(key, new Entry());
            return;
        }
        if (e.state == 1 && e.template != null) return;
        if (e.template == null && e.state != -1 && templates.get() >= MAX_TEMPLATES) sweep();
        synchronized (e) {
            Template t = e.template;
            if (e.state == -1) return;
            if (parts == null) {
                e.state = -1;
                if (t != null) templates.decrementAndGet();
                e.template = null;
            } else if (t == null) {
                if (templates.get() >= MAX_TEMPLATES) return;
                templates.incrementAndGet();
                List<LogEvent> events = new ArrayList<>(facts.size());
                for (Object f : facts) events.add((LogEvent) f);
                String[] own = tokensOf(peer, facts);
                if (own.length > 0 && printsInAdvice(parts, own)) { // advice is sorted by its text: a re-bound address could reorder it
                    e.state = -1;
                    poisoned.incrementAndGet();
                    return;
                }
                e.state = 0;
                e.template = new Template(peer, events, parts, own);
            } else if (e.state == 0 && !t.peer().equals(peer)) {
                boolean same = rebind(t, peer, facts, t.addresses.length == 0 ? NONE : tokensOf(peer, facts)).equals(parts);
                t.checked = same;
                e.state = same ? 1 : -1;
                (same ? verified : poisoned).incrementAndGet();
                if (!same) {
                    e.template = null; // never used again: let it go
                    templates.decrementAndGet();
                }
            }
        }
    }

    private static boolean printsInAdvice(Parts parts, String[] tokens) {
        for (Advice a : parts.advice()) for (String t : tokens) if (containsToken(a.command(), t) || containsToken(a.why(), t)) return true;
        return false;
    }

    /** Drops the templates no tunnel was re-bound from since the last sweep (their shapes stay known). */
    private synchronized void sweep() {
        if (templates.get() < MAX_TEMPLATES) return;
        for (Entry e : memo.values()) {
            synchronized (e) {
                if (e.template != null && e.used.getAndSet(0) == 0) {
                    e.template = null;
                    if (e.state == 1) e.state = 0; // a new template is checked again
                    templates.decrementAndGet();
                }
            }
        }
    }

    /** The entry's parts with its peer, event ids and lines replaced by those of these facts (same shape, same order). */
    private static Parts rebind(Template e, String peer, List<Object> facts, String[] addresses) {
        if (addresses.length != e.addresses.length) throw new IllegalStateException("a shape's addresses differ in number");
        Binding b = new Binding(e, peer, facts, addresses);
        Parts p = e.parts();
        return new Parts(b.findings(p.roots()), b.findings(p.hypotheses()),
                p.benign().stream().map(x -> new BenignFinding(x.id(), b.s(x.tunnel()), b.s(x.summary()), b.lines(x.evidence()),
                        b.node(x.explanation()))).toList(),
                p.advice().stream().map(a -> new Advice(b.s(a.command()), b.s(a.why()), b.s(a.tunnel()), a.causeId())).toList());
    }

    /** How the entry's tunnel maps onto another: its peer, its events by position, their lines by position. */
    private static final class Binding {
        final String[] from, to;
        final Map<String, LogEvent> byId = new HashMap<>();
        final Map<String, LogEvent> ownOf = new HashMap<>();
        final IdentityHashMap<ExplanationNode, ExplanationNode> done = new IdentityHashMap<>();
        /**
         * The texts of this tunnel's kept lines read so far, by event and sample: a line is cited by the finding and again
         * by nodes of its explanation (2.6 times on average in the 100k-tunnel run), and each read of a spilled text is
         * a read back from the sample file (s16-scale.md).
         */
        final IdentityHashMap<LogEvent, String[]> texts = new IdentityHashMap<>();

        Binding(Template e, String peer, List<Object> facts, String[] addresses) {
            this.from = new String[1 + addresses.length];
            this.to = new String[from.length];
            from[0] = e.peer();
            to[0] = peer;
            System.arraycopy(e.addresses, 0, from, 1, addresses.length);
            System.arraycopy(addresses, 0, to, 1, addresses.length);
            for (int i = 0; i < facts.size(); i++) {
                byId.put(e.events().get(i).getId(), (LogEvent) facts.get(i));
                ownOf.put(e.events().get(i).getId(), e.events().get(i));
            }
        }

        String s(String x) { return swap(x, from, to); }

        List<String> all(List<String> xs) {
            List<String> out = new ArrayList<>(xs.size());
            for (String x : xs) out.add(s(x));
            return out;
        }

        List<Finding> findings(List<Finding> fs) {
            List<Finding> out = new ArrayList<>(fs.size());
            for (Finding f : fs) out.add(finding(f));
            return out;
        }

        Finding finding(Finding f) {
            if (f == null) return null;
            Change c = f.change();
            return new Finding(f.id(), f.confidence(), s(f.tunnel()), f.platform(), s(f.summary()), all(f.remediation()), all(f.nextCommands()),
                    all(f.supportedBy()), f.ruledOut(), all(f.whyNot()), lines(f.evidence()), node(f.explanation()), finding(f.refines()),
                    c == null ? null : new Change(c.side(), s(c.hostname()), c.platform(), s(c.reason())));
        }

        List<EvidenceLine> lines(List<EvidenceLine> ls) {
            if (ls == null) return null;
            List<EvidenceLine> out = new ArrayList<>(ls.size());
            for (EvidenceLine l : ls) out.add(line(l));
            return out;
        }

        /** A line of one of the entry's events becomes the line at the same position of this tunnel's event; a shared fact's stays. */
        EvidenceLine line(EvidenceLine l) {
            LogEvent target = l.factId() == null ? null : byId.get(l.factId());
            if (target == null) return l;
            List<Origin> mine = ownOf.get(l.factId()).getOrigins();
            for (int i = 0; i < mine.size(); i++) {
                Origin o = mine.get(i);
                if (o.getLine() == l.line() && o.getSource().equals(l.source())) {
                    Origin t = target.getOrigins().get(i);
                    String[] known = texts.computeIfAbsent(target, k -> new String[k.sampleCount()]);
                    if (known[i] == null) known[i] = t.getText();
                    return new EvidenceLine(t.getSource(), t.getLine(), known[i], target.getId(), l.role());
                }
            }
            throw new IllegalStateException("line " + l.where() + " is not one of event " + l.factId() + "'s");
        }

        ExplanationNode node(ExplanationNode n) {
            if (n == null) return null;
            ExplanationNode d = done.get(n);
            if (d != null) return d;
            List<ExplanationNode.Derivation> ds = n.derivedBy() == null ? null : new ArrayList<>(n.derivedBy().size());
            if (ds != null) {
                for (ExplanationNode.Derivation x : n.derivedBy()) {
                    List<ExplanationNode> from = new ArrayList<>(x.from().size());
                    for (ExplanationNode c : x.from()) from.add(node(c));
                    ds.add(new ExplanationNode.Derivation(x.rule(), x.description(), from));
                }
            }
            LogEvent target = n.id() == null ? null : byId.get(n.id());
            d = new ExplanationNode(n.type(), s(n.fact()), target == null ? n.id() : target.getId(), lines(n.evidence()), ds);
            done.put(n, d);
            return d;
        }
    }
}
