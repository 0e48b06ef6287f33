package vpndoctor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One KIE session with its explanation recorder: insert input facts, retract them, fire, read
 * what holds. Used once per diagnosis by the Diagnoser, and kept alive by the what-if console
 * (truth maintenance updates conclusions in place). Not thread-safe: one thread at a time.
 */
public final class RuleSession implements AutoCloseable {
    /** Firings per fire() before the run is stopped as a suspected rule loop. */
    public static final int DEFAULT_FIRING_LIMIT = 200_000;
    /** Looping rules switched off in one fire() before giving up on finishing the others. */
    static final int MAX_STOPPED_RULES = 3;
    /** Facts rules may insert in one fire() (never below FACTS_PER_FACT per input fact): a runaway insert ends there, not in OutOfMemoryError. */
    public static final long DEFAULT_FACT_BUDGET = 2_000_000;
    /** Wall-clock time one round of firing may take: a rule that blocks (sleeps, waits) is stopped there. */
    public static final long DEFAULT_TIME_BUDGET_MS = 300_000;
    static final int FACTS_PER_FACT = 50;

    private final KieSession session;
    private final ExplanationRecorder recorder = new ExplanationRecorder();
    private final int firingLimit;
    /** Firings per rule name in the current fire(), to name a looping rule. */
    private final Map<String, Integer> firings = new HashMap<>();
    private int scans;
    private long inserted;
    private final long factBudget;
    private final long timeBudgetMs;
    /** Facts inserted by each rule in the current round, to name the one that overran the fact budget. */
    private final Map<String, Integer> insertsByRule = new HashMap<>();
    private long ruleInserts;
    private long factBudgetNow;
    /** Set when a budget stopped the round: what was exceeded, and the rule held responsible. */
    private volatile String budgetStop;
    private volatile String budgetCulprit;
    private volatile String firingRule;
    /**
     * Firings a fire() may take per inserted fact before it counts as a loop: the limit grows with the
     * evidence (100k tunnels fire well over 200,000 rules), never below the configured one.
     */
    static final int FIRINGS_PER_FACT = 50;

    /** Outcome of one fire(): how many rules fired, whether a looping rule was switched off, rule errors. */
    public record FireResult(int fired, boolean limitReached, List<String> errors) {}

    public RuleSession(KieBase kieBase) { this(kieBase, DEFAULT_FIRING_LIMIT); }

    public RuleSession(KieBase kieBase, int firingLimit) {
        this(kieBase, firingLimit, DEFAULT_FACT_BUDGET, DEFAULT_TIME_BUDGET_MS);
    }

    public RuleSession(KieBase kieBase, int firingLimit, long factBudget, long timeBudgetMs) {
        this.session = kieBase.newKieSession();
        this.firingLimit = firingLimit;
        this.factBudget = factBudget;
        this.timeBudgetMs = timeBudgetMs;
        // One listener for both kinds of event: Drools calls every registered listener on every
        // firing and insert (540k inserts and 200k+ firings for 100k tunnels), so the recorder and the
        // loop/budget bookkeeping share one.
        SessionEvents events = new SessionEvents();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) events);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) events);
    }

    /** The recorder's events, then this session's loop and budget bookkeeping. */
    private final class SessionEvents extends org.kie.api.event.rule.DefaultAgendaEventListener
            implements org.kie.api.event.rule.RuleRuntimeEventListener {
        @Override public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            recorder.beforeMatchFired(event);
            firingRule = event.getMatch().getRule().getName();
        }

        @Override public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
            recorder.afterMatchFired(event);
            firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }

        @Override public void matchCancelled(org.kie.api.event.rule.MatchCancelledEvent event) {
            recorder.matchCancelled(event);
        }

        @Override public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            recorder.objectInserted(event);
            if (event.getRule() == null) return;
            String rule = event.getRule().getName();
            insertsByRule.merge(rule, 1, Integer::sum);
            if (++ruleInserts > factBudgetNow && budgetStop == null) {
                budgetStop = "fact budget (" + factBudgetNow + " facts inserted by rules in one run)";
                budgetCulprit = rule;
                session.halt();
                // leaves the consequence (a loop of inserts inside one 'then' would not reach the halt)
                throw new IllegalStateException("rule \"" + rule + "\" went over the " + budgetStop);
            }
        }

        @Override public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
            recorder.objectUpdated(event);
        }

        @Override public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
            recorder.objectDeleted(event);
        }
    }

    public FactHandle insert(Object fact) {
        inserted++;
        return session.insert(fact);
    }

    public void delete(FactHandle handle) { session.delete(handle); }

    public FireResult fire() {
        RuntimeErrors errors = RuntimeErrors.begin();
        List<String> notes = new ArrayList<>();
        int fired = 0;
        int firingLimit = (int) Math.min(Integer.MAX_VALUE, Math.max(this.firingLimit, FIRINGS_PER_FACT * inserted));
        factBudgetNow = Math.max(factBudget, FACTS_PER_FACT * inserted);
        try {
            firings.clear();
            Set<String> stopped = new LinkedHashSet<>();
            int round = fireRound(stopped, firingLimit);
            fired += round;
            // A looping rule keeps the agenda to itself and starves the rest; a rule that inserts without
            // end or blocks stops at a budget: switch off the rule responsible and let the others finish,
            // so their conclusions are still reported.
            while ((round >= firingLimit || budgetStop != null) && stopped.size() < MAX_STOPPED_RULES) {
                String culprit;
                if (budgetStop != null) {
                    culprit = budgetCulprit;
                    if (culprit == null) break;
                    notes.add("stopped by the " + budgetStop + ": rule \"" + culprit + "\" was switched off for the rest of this run"
                            + " and the other rules' conclusions are reported");
                } else {
                    culprit = mostFired(stopped);
                    if (culprit == null) break;
                    notes.add("stopped after " + firingLimit + " rule firings: rule \"" + culprit + "\" fired " + firings.get(culprit)
                            + " times, a rule loop is likely (an insert/modify cycle); it was switched off for the rest of this run"
                            + " and the other rules' conclusions are reported");
                }
                stopped.add(culprit);
                firings.clear();
                round = fireRound(stopped, firingLimit);
                fired += round;
            }
            if (budgetStop != null) notes.add("stopped by the " + budgetStop + " again after switching off " + stopped.size()
                    + " rule(s); conclusions so far are reported");
            if (round >= firingLimit) notes.add("stopped after " + firingLimit + " more rule firings: still looping after switching off "
                    + stopped.size() + " rule(s); conclusions so far are reported");
            List<String> all = new ArrayList<>(errors.list());
            all.addAll(notes);
            return new FireResult(fired, !stopped.isEmpty(), all);
        } catch (RuntimeException e) {
            List<String> all = new ArrayList<>(errors.list());
            all.addAll(notes);
            all.add("rule engine error: " + e.getMessage());
            return new FireResult(fired, false, all);
        } finally {
            RuntimeErrors.end();
        }
    }

    /**
     * One fireAllRules with the rules in {@code off} switched off, under the time budget: a watchdog halts
     * the session and interrupts this thread (a sleeping or waiting consequence) when the budget runs out.
     * A consequence that spins without blocking cannot be stopped in-process (README, security).
     */
    private int fireRound(Set<String> off, int limit) {
        budgetStop = null;
        budgetCulprit = null;
        insertsByRule.clear();
        ruleInserts = 0;
        Thread firing = Thread.currentThread();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeBudgetMs);
            } catch (InterruptedException e) {
                return;
            }
            budgetCulprit = firingRule;
            budgetStop = "time budget (" + timeBudgetMs / 1000.0 + " s for one round of rule firing)";
            session.halt();
            firing.interrupt();
        }, "vpn-doctor-rule-budget");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            return off.isEmpty() ? session.fireAllRules(limit) : session.fireAllRules(m -> !off.contains(m.getRule().getName()), limit);
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Thread.interrupted(); // the watchdog's interrupt was for the rule, not for our caller
        }
    }

    private String mostFired(Set<String> except) {
        String best = null;
        for (Map.Entry<String, Integer> e : firings.entrySet()) {
            if (except.contains(e.getKey())) continue;
            if (best == null || e.getValue() > firings.get(best)) best = e.getKey();
        }
        return best;
    }

    /** Every fact of the given type in working memory (one scan of working memory). */
    public <T> List<T> all(Class<T> type) {
        scans++;
        Collection<?> objs = session.getObjects(o -> type.isInstance(o));
        List<T> out = new ArrayList<>(objs.size());
        for (Object o : objs) out.add(type.cast(o));
        return out;
    }

    /**
     * Every fact of working memory grouped by exact class, read in one scan: a report reads many
     * types, and a scan per type or per finding makes assembly grow with the square of the tunnels.
     */
    public Map<Class<?>, List<Object>> byClass() {
        scans++;
        Map<Class<?>, List<Object>> out = new HashMap<>();
        for (Object o : session.getObjects()) out.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
        return out;
    }

    /** How many times working memory was scanned ({@link #all}, {@link #byClass}): a cost counter for tests. */
    public int scans() { return scans; }

    public ExplanationRecorder recorder() { return recorder; }

    @Override public void close() { session.dispose(); }
}
