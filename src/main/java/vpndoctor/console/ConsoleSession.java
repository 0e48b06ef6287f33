package vpndoctor.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleProblem;
import vpndoctor.model.Side;
import vpndoctor.model.config.ConfigUnparsed;
import vpndoctor.model.Traceable;
import vpndoctor.result.Diagnosis;

/**
 * The what-if session, independent of any terminal: the evidence (with the user's assumptions),
 * one live rule session kept in step with it, an undo stack and named marks of past verdicts.
 * Every change computes the wanted input facts and lets {@link LiveSession#sync} apply only the
 * difference, so a question costs a few deletes/inserts and a fire, not a new session.
 */
public final class ConsoleSession implements AutoCloseable {
    private final Path rulesDir;
    private final boolean bundledRules;
    private Diagnoser doctor;
    private EvidenceState state = EvidenceState.empty();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Map<String, Verdict> marks = new LinkedHashMap<>();
    private LiveSession live;
    private Verdict lastShown;
    private Diagnosis cached;
    private List<String> fireErrors = List.of();

    /** One undoable change: what it was and the state before it. */
    private record Step(String label, EvidenceState before) {}

    /** The result of a change, for the command to print. */
    public record Outcome(String summary, int retracted, int inserted, long micros, List<String> errors) {
        public String line() {
            return summary + String.format("  [%d fact(s) retracted, %d inserted, %.1f ms]", retracted, inserted, micros / 1000.0);
        }
    }

    public ConsoleSession(Diagnoser doctor, Path rulesDir, boolean bundledRules) {
        this.doctor = doctor;
        this.rulesDir = rulesDir;
        this.bundledRules = bundledRules;
        this.live = new LiveSession(Engine.of(doctor).newSession());
    }

    /** A session over these rules with the evidence already loaded (not undoable). */
    public static ConsoleSession open(Diagnoser doctor, Path rulesDir, boolean bundledRules, Evidence evidence) throws IOException {
        ConsoleSession s = new ConsoleSession(doctor, rulesDir, bundledRules);
        s.state = s.withEvidence(s.state, evidence);
        s.apply();
        return s;
    }

    public Diagnoser doctor() { return doctor; }
    public EvidenceState state() { return state; }
    public LiveSession live() { return live; }

    /** The current diagnosis, assembled from the live session (cached until the next change). */
    public Diagnosis diagnosis() {
        if (cached == null) cached = Engine.of(doctor).assembler().assemble(live.rules(), Engine.of(doctor).context(state.combined(), fireErrors));
        return cached;
    }

    // ---- evidence changes (undoable) ----

    /** Adds a file or case folder; {@code side} forces a config file's side (null: by name). */
    public Outcome load(Path path, Side side) throws IOException {
        Evidence ev;
        if (Files.isDirectory(path)) ev = Evidence.fromCaseFolder(path);
        else if (!Files.isRegularFile(path)) throw new IOException(path + ": file not found");
        else {
            String n = path.getFileName().toString();
            Evidence.Builder b = Evidence.builder();
            if (side == Side.LOCAL || (side == null && n.equals("local.cfg"))) b.localConfig(path);
            else if (side == Side.PEER || (side == null && n.equals("peer.cfg"))) b.peerConfig(path);
            else if (n.endsWith(".cfg")) b.add(new Evidence.Input(state.local() == null ? Evidence.Kind.LOCAL_CONFIG : Evidence.Kind.PEER_CONFIG, path.toString(), path, null));
            else if (n.endsWith(".json")) b.observations(path);
            else b.log(path);
            ev = b.build();
        }
        return change("load " + path, withEvidence(state, ev));
    }

    /** Adds, replaces or removes one config line of a side (see {@link ConfigText} for the exact rules). */
    public Outcome assume(Side side, String line) {
        ConfigText cfg = state.config(side);
        if (cfg == null) cfg = new ConfigText(side == Side.LOCAL ? "local.cfg" : "peer.cfg", side, List.of());
        ConfigText.Edit edit = cfg.apply(line);
        if (!edit.changed()) return new Outcome(side.name().toLowerCase() + ": " + edit.summary(), 0, 0, 0, List.of());
        EvidenceState next = state.withConfig(edit.result());
        refuseUnreadable(side, line, next);
        Outcome o = change("assume " + side.name().toLowerCase() + " " + ConfigText.shown(line), next);
        return new Outcome(side.name().toLowerCase() + ": " + edit.summary(), o.retracted, o.inserted, o.micros, o.errors);
    }

    /**
     * A line the config parser cannot read would replace a good line (or add nothing the rules
     * see) and the verdict would change for a reason the user did not mean: refuse it, keep the text.
     */
    private void refuseUnreadable(Side side, String line, EvidenceState next) {
        String e = line.strip();
        if (e.regionMatches(true, 0, "no ", 0, 3)) return;
        int slash = e.indexOf(" / ");
        String added = slash > 0 ? e.substring(slash + 3).strip() : e;
        java.util.Set<String> before = new java.util.HashSet<>();
        for (Object f : state.facts()) if (f instanceof ConfigUnparsed u && u.getSide() == side) before.add(u.getText().strip());
        for (Object f : next.facts()) {
            if (f instanceof ConfigUnparsed u && u.getSide() == side && !before.contains(u.getText().strip())
                    && ConfigText.words(u.getText()).equals(ConfigText.words(added))) {
                throw new IllegalArgumentException("the config parser cannot read \"" + ConfigText.shown(added) + "\" (" + u.getReason()
                        + "): nothing changed, the old line stays. Correct the line, or remove one with 'assume " + side.name().toLowerCase() + " no ...'");
            }
        }
    }

    /** Takes an input fact (event, config fact, observation) out of the evidence. */
    public Outcome retract(String id) {
        Traceable t = fact(id).orElseThrow(() -> new IllegalArgumentException("no input fact with id " + id + " (see 'facts')"));
        return change("retract " + t.getId(), state.withRetracted(FactKey.of(t)));
    }

    /** Reverts the last change (load, assume, retract), again by syncing the difference. */
    public Outcome undo() {
        Step s = undo.poll();
        if (s == null) return new Outcome("nothing to undo", 0, 0, 0, List.of());
        state = s.before;
        LiveSession.Change c = apply();
        return new Outcome("undid: " + s.label, c.removed().size(), c.added().size(), c.nanos() / 1000, c.errors());
    }

    public List<String> undoLabels() { return undo.stream().map(Step::label).toList(); }

    private Outcome change(String label, EvidenceState next) {
        undo.push(new Step(label, state));
        state = next;
        LiveSession.Change c = apply();
        return new Outcome(label, c.removed().size(), c.added().size(), c.nanos() / 1000, c.errors());
    }

    private LiveSession.Change apply() {
        LiveSession.Change c = live.sync(state.facts());
        fireErrors = c.errors();
        cached = null;
        return c;
    }

    private EvidenceState withEvidence(EvidenceState s, Evidence ev) throws IOException {
        List<Evidence.Input> logs = new ArrayList<>();
        for (Evidence.Input in : ev.inputs()) {
            switch (in.kind()) {
                case LOG, OBSERVATIONS -> logs.add(in);
                case LOCAL_CONFIG, PEER_CONFIG -> {
                    Side side = in.kind() == Evidence.Kind.LOCAL_CONFIG ? Side.LOCAL : Side.PEER;
                    try (InputStream is = in.open()) {
                        s = s.withConfig(ConfigText.of(in.name(), side, new String(is.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return logs.isEmpty() ? s : s.withInputs(logs);
    }

    // ---- rules ----

    /** The outcome of a reload: the problems, and whether the new rules were taken. */
    public record Reload(boolean taken, List<RuleProblem> problems, String summary) {}

    /**
     * Compiles the rules folder again. Any error keeps the old rules (a half-built rule base
     * would give a misleading verdict); otherwise the session is rebuilt from the current evidence.
     */
    public Reload reloadRules() throws IOException {
        if (rulesDir == null) return new Reload(false, List.of(), "no --rules folder was given: the bundled rules are built in, nothing to reload");
        Diagnoser next = Diagnoser.builder().bundledRules(bundledRules).rulesDir(rulesDir).build();
        List<RuleProblem> errors = Engine.of(next).ruleProblems().stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) return new Reload(false, errors, "rules not reloaded (" + errors.size() + " error(s)): the previous rules stay in use");
        live.close();
        doctor = next;
        live = new LiveSession(Engine.of(doctor).newSession());
        LiveSession.Change c = apply();
        return new Reload(true, Engine.of(next).ruleProblems(), "reloaded " + Engine.of(next).ruleFiles().size() + " rule file(s) from " + rulesDir
                + "; session rebuilt with " + c.added().size() + " input fact(s)");
    }

    public Path rulesDir() { return rulesDir; }

    // ---- facts ----

    /** The input fact with this id (case-insensitive), if it is in the session. */
    public Optional<Traceable> fact(String id) {
        for (Object f : live.inputs()) if (f instanceof Traceable t && t.getId().equalsIgnoreCase(id)) return Optional.of(t);
        return Optional.empty();
    }

    /** Input facts in the session, ordered by id kind and number. */
    public List<Traceable> inputFacts() {
        List<Traceable> out = new ArrayList<>();
        for (Object f : live.inputs()) if (f instanceof Traceable t) out.add(t);
        out.sort(ConsoleSession::byId);
        return out;
    }

    static int byId(Traceable a, Traceable b) {
        String pa = a.getId().replaceAll("\\d+$", ""), pb = b.getId().replaceAll("\\d+$", "");
        if (!pa.equals(pb)) return pa.compareTo(pb);
        return Long.compare(num(a.getId()), num(b.getId()));
    }

    private static long num(String id) {
        String d = id.replaceAll("^\\D+", "");
        try { return d.isEmpty() ? 0 : Long.parseLong(d); } catch (NumberFormatException e) { return 0; }
    }

    /** Every derived fact of a type in working memory (Symptom, Support, Hypothesis ...). */
    public <T> List<T> derived(Class<T> type) { return live.rules().all(type); }

    // ---- verdicts ----

    public Verdict verdict() { return Verdict.of(diagnosis()); }

    /** Remembers the verdict now shown (diagnose, diff), the base of the next plain 'diff'. */
    public void shown() { lastShown = verdict(); }
    public Verdict lastShown() { return lastShown; }

    public void mark(String name) { marks.put(name, verdict()); }
    public Optional<Verdict> mark(Optional<String> name) { return name.map(marks::get); }
    public Map<String, Verdict> marks() { return marks; }

    @Override public void close() { live.close(); }
}
