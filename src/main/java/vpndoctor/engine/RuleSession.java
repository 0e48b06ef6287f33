package vpndoctor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    private final KieSession session;
    private final ExplanationRecorder recorder = new ExplanationRecorder();
    private final int firingLimit;

    /** Outcome of one fire(): how many rules fired, whether the limit cut it short, rule errors. */
    public record FireResult(int fired, boolean limitReached, List<String> errors) {}

    public RuleSession(KieBase kieBase) { this(kieBase, DEFAULT_FIRING_LIMIT); }

    public RuleSession(KieBase kieBase, int firingLimit) {
        this.session = kieBase.newKieSession();
        this.firingLimit = firingLimit;
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
    }

    public FactHandle insert(Object fact) { return session.insert(fact); }

    public void delete(FactHandle handle) { session.delete(handle); }

    public FireResult fire() {
        RuntimeErrors errors = RuntimeErrors.begin();
        try {
            int fired = session.fireAllRules(firingLimit);
            List<String> all = new ArrayList<>(errors.list());
            boolean limit = fired >= firingLimit;
            if (limit) all.add("stopped after " + firingLimit + " rule firings: a rule loop is likely (an insert/modify cycle); conclusions so far are reported");
            return new FireResult(fired, limit, all);
        } catch (RuntimeException e) {
            List<String> all = new ArrayList<>(errors.list());
            all.add("rule engine error: " + e.getMessage());
            return new FireResult(0, false, all);
        } finally {
            RuntimeErrors.end();
        }
    }

    /** Every fact of the given type in working memory. */
    public <T> List<T> all(Class<T> type) {
        Collection<?> objs = session.getObjects(o -> type.isInstance(o));
        List<T> out = new ArrayList<>(objs.size());
        for (Object o : objs) out.add(type.cast(o));
        return out;
    }

    public ExplanationRecorder recorder() { return recorder; }

    @Override public void close() { session.dispose(); }
}
