package vpndoctor.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.FactHandle;
import vpndoctor.engine.RuleSession;
import vpndoctor.model.Traceable;

/**
 * One live rule session and the input facts in it. {@link #sync} brings working memory to a wanted
 * set of input facts by deleting and inserting only the difference, then fires: truth maintenance
 * withdraws the conclusions whose evidence went and derives the new ones. No rebuild per question.
 */
final class LiveSession implements AutoCloseable {
    private final RuleSession rules;
    private final Map<Object, FactHandle> handles = new IdentityHashMap<>();
    private final Map<FactKey, Deque<Object>> byKey = new HashMap<>();

    /** What one sync did. */
    record Change(List<Object> removed, List<Object> added, List<String> errors, long nanos) {
        boolean isEmpty() { return removed.isEmpty() && added.isEmpty(); }
    }

    LiveSession(RuleSession rules) {
        this.rules = rules;
    }

    RuleSession rules() { return rules; }

    /** The input facts now in working memory. */
    List<Object> inputs() { return new ArrayList<>(handles.keySet()); }

    Change sync(List<Object> wanted) {
        long start = System.nanoTime();
        Map<FactKey, List<Object>> want = new LinkedHashMap<>();
        for (Object f : wanted) want.computeIfAbsent(FactKey.of(f), k -> new ArrayList<>(1)).add(f);
        List<Object> removed = new ArrayList<>();
        List<Object> added = new ArrayList<>();
        Map<Object, Object> kept = new IdentityHashMap<>(); // old fact -> its counterpart in the new reading
        for (Map.Entry<FactKey, List<Object>> e : want.entrySet()) {
            Deque<Object> old = byKey.getOrDefault(e.getKey(), new ArrayDeque<>());
            List<Object> olds = new ArrayList<>(old);
            List<Object> news = e.getValue();
            for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
                if (i < olds.size() && i < news.size()) kept.put(olds.get(i), news.get(i));
                else if (i < olds.size()) removed.add(olds.get(i));
                else added.add(news.get(i));
            }
        }
        for (Map.Entry<FactKey, Deque<Object>> e : byKey.entrySet()) if (!want.containsKey(e.getKey())) removed.addAll(e.getValue());
        resolveIdClashes(kept, removed, added);
        for (Object f : removed) {
            rules.delete(handles.remove(f));
            Deque<Object> d = byKey.get(FactKey.of(f));
            d.removeIf(x -> x == f);
            if (d.isEmpty()) byKey.remove(FactKey.of(f));
        }
        for (Object f : added) {
            handles.put(f, rules.insert(f));
            byKey.computeIfAbsent(FactKey.of(f), k -> new ArrayDeque<>()).add(f);
        }
        List<String> errors = rules.fire().errors();
        return new Change(removed, added, errors, System.nanoTime() - start);
    }

    /**
     * A new fact may carry the id a kept (unchanged) fact still has, because ids are numbered in
     * reading order. Ids must stay unique ("why Lc7" names one fact), so such a kept fact is
     * swapped for its new reading too, and so on until no id is used twice.
     */
    private static void resolveIdClashes(Map<Object, Object> kept, List<Object> removed, List<Object> added) {
        Set<String> newIds = new HashSet<>();
        for (Object f : added) newIds.add(id(f));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = kept.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                String oldId = id(e.getKey());
                if (oldId != null && newIds.contains(oldId) && !oldId.equals(id(e.getValue()))) {
                    removed.add(e.getKey());
                    added.add(e.getValue());
                    newIds.add(id(e.getValue()));
                    it.remove();
                    changed = true;
                }
            }
        }
    }

    private static String id(Object f) { return f instanceof Traceable t ? t.getId() : null; }

    @Override public void close() { rules.close(); }
}
