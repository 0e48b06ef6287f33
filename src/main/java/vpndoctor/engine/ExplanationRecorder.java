package vpndoctor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.tms.LogicalDependency;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to the engine and keeps, for every derived fact, each rule firing that justifies it and
 * the facts that firing matched. Derived facts are values, so they are keyed by equality: when a
 * second rule concludes an equal fact (truth maintenance merges it, with no insert event) its
 * justification is read from the match's logical dependencies and kept too. Justifications of a
 * cancelled match are dropped, so after a what-if the explanation is exact.
 */
public final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<Object, List<Entry>> byFact = new HashMap<>();
    private final Map<Match, List<Object>> byMatch = new IdentityHashMap<>();
    /** Firings per rule, counted by the rule's identity (a name look-up per firing cost more); named in firings(). */
    private final Map<org.kie.api.definition.rule.Rule, int[]> firings = new IdentityHashMap<>();
    private final List<Object> insertedThisFiring = new ArrayList<>();
    private Match current;
    /** Classes of the facts any recorded firing matched (never shrinks): matchedBy of a type no firing matched is free. */
    private final java.util.Set<Class<?>> matchedClasses = new java.util.HashSet<>();

    /** Each rule's @description read once: every justification of the rule shares the one string. */
    private final Map<org.kie.api.definition.rule.Rule, String> descriptions = new IdentityHashMap<>();

    private record Entry(Match match, Justification justification) {}

    @Override public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        forget(current);
        insertedThisFiring.clear();
    }

    @Override public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        firings.computeIfAbsent(match.getRule(), r -> new int[1])[0]++;
        List<Object> concluded = new ArrayList<>(insertedThisFiring);
        if (match instanceof TruthMaintenanceSystemInternalMatch<?> tms && tms.getLogicalDependencies() != null) {
            for (LogicalDependency<?> dep = tms.getLogicalDependencies().getFirst(); dep != null; dep = dep.getNext()) {
                Object o = dep.getObject();
                if (o != null && concluded.stream().noneMatch(c -> c.equals(o))) concluded.add(o);
            }
        }
        if (!concluded.isEmpty()) {
            Justification j = new Justification(match.getRule().getName(), descriptions.computeIfAbsent(match.getRule(), RuleInfo::description), flatten(match.getObjects()));
            for (Object o : j.matched()) matchedClasses.add(o.getClass());
            for (Object fact : concluded) {
                byFact.computeIfAbsent(fact, k -> new ArrayList<>(1)).add(new Entry(match, j));
            }
            byMatch.put(match, concluded);
        }
        insertedThisFiring.clear();
        current = null;
    }

    @Override public void matchCancelled(MatchCancelledEvent event) {
        forget(event.getMatch());
    }

    @Override public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && current != null) insertedThisFiring.add(event.getObject());
    }

    @Override public void objectUpdated(ObjectUpdatedEvent event) { }

    @Override public void objectDeleted(ObjectDeletedEvent event) {
        Object old = event.getOldObject();
        if (old != null && !(old instanceof vpndoctor.model.Traceable)) byFact.remove(old);
    }

    private void forget(Match match) {
        List<Object> facts = byMatch.remove(match);
        if (facts == null) return;
        for (Object f : facts) {
            List<Entry> entries = byFact.get(f);
            if (entries == null) continue;
            entries.removeIf(e -> e.match == match);
            if (entries.isEmpty()) byFact.remove(f);
        }
    }

    private static List<Object> flatten(List<Object> objects) {
        List<Object> out = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof Collection<?> c) out.addAll(c);
            else if (o != null) out.add(o);
        }
        return out;
    }

    /** The justifications of a derived fact (empty for input facts). */
    public List<Justification> justifications(Object fact) {
        List<Entry> entries = byFact.get(fact);
        if (entries == null) return List.of();
        return entries.stream().map(Entry::justification).toList();
    }

    /** Facts of this type that some standing conclusion's rule matched (e.g. unrecognized lines a rule read). */
    public <T> java.util.Set<T> matchedBy(Class<T> type) {
        java.util.Set<T> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (matchedClasses.stream().noneMatch(type::isAssignableFrom)) return out;
        for (List<Entry> entries : byFact.values()) {
            for (Entry e : entries) for (Object o : e.justification.matched()) if (type.isInstance(o)) out.add(type.cast(o));
        }
        return out;
    }

    /** How often each rule fired in this session (for rule coverage). */
    public Map<String, Integer> firings() {
        Map<String, Integer> byName = new HashMap<>();
        for (Map.Entry<org.kie.api.definition.rule.Rule, int[]> e : firings.entrySet()) byName.merge(e.getKey().getName(), e.getValue()[0], Integer::sum);
        return Map.copyOf(byName);
    }
}
