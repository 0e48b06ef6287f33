package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.UnrecognizedLine;

/**
 * Folds repeats into one LogEvent per (kind, peer, local, attrs), in first-seen order, and keeps the
 * first unrecognized lines. A day of syslog repeats a few dozen messages millions of times, so the
 * map stays small while the counts stay exact.
 */
final class EventStore {
    static final int MAX_UNRECOGNIZED = 500;
    /**
     * Distinct events one (kind, peer) may have. Connection and translation messages name a new
     * host pair on every line, so a day of traffic would otherwise become a fact per connection;
     * past this many, further variants fold into one event with attribute variants=more, counted.
     */
    static final int MAX_VARIANTS = 32;

    private final Map<String, LogEvent> byKey = new HashMap<>();
    private final Map<String, Integer> variants = new HashMap<>();
    private final List<LogEvent> events = new ArrayList<>();
    private final List<UnrecognizedLine> unrecognized = new ArrayList<>();

    void add(Parsed p, Platform platform, Origin origin, String time, long seq) {
        String key = key(p);
        LogEvent e = byKey.get(key);
        if (e != null) {
            e.addOccurrence(origin, time, seq);
            return;
        }
        String group = p.kind.name() + '\u0001' + p.peer;
        int seen = variants.merge(group, 1, Integer::sum);
        if (seen > MAX_VARIANTS) {
            String overflow = group + "\u0001*";
            e = byKey.get(overflow);
            if (e != null) {
                e.addOccurrence(origin, time, seq);
                return;
            }
            e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, Map.of("variants", "more"), origin, time, seq);
            byKey.put(overflow, e);
            events.add(e);
            return;
        }
        e = new LogEvent("e" + (events.size() + 1), p.kind.name(), platform, p.peer, p.local, p.attrs, origin, time, seq);
        byKey.put(key, e);
        events.add(e);
    }

    void unrecognized(Origin origin, Platform platform) {
        if (unrecognized.size() < MAX_UNRECOGNIZED) {
            unrecognized.add(new UnrecognizedLine("u" + (unrecognized.size() + 1), origin, platform));
        }
    }

    List<LogEvent> events() {
        return Collections.unmodifiableList(events);
    }

    List<UnrecognizedLine> unrecognized() {
        return Collections.unmodifiableList(unrecognized);
    }

    /** Attribute order is fixed by sorting, so the same message always gets the same key. */
    private static String key(Parsed p) {
        StringBuilder b = new StringBuilder(64).append(p.kind.name()).append('\u0001').append(p.peer)
                .append('\u0001').append(p.local);
        // a sorted key array, not a TreeMap: this runs once per relevant line
        String[] names = p.attrs.keySet().toArray(new String[0]);
        java.util.Arrays.sort(names);
        for (String n : names) {
            b.append('\u0001').append(n).append('=').append(p.attrs.get(n));
        }
        return b.toString();
    }
}
