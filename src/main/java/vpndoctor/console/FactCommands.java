package vpndoctor.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Traceable;

/** facts and events: what the rules see. */
final class FactCommands {
    /** Derived fact types a user may list by name, e.g. 'facts Symptom'. */
    private static final List<String> DERIVED_PACKAGES = List.of("vpndoctor.model.", "vpndoctor.model.derived.");

    private FactCommands() {}

    static List<Command> all() {
        return List.of(
                new Command("facts", "[TYPE] [FILTER]", "list input facts (id, type, description, file:line), or derived facts of a type",
                        "facts                  every input fact (events e*, config facts Lc*/Pc*, observations o*, unrecognized u*)\n"
                                + "facts AclEntry         input facts of one type\n"
                                + "facts Symptom | Support | Against | Hypothesis | RootCause | EncryptionDomain ...   derived facts\n"
                                + "facts AclEntry l2l     ... whose description contains 'l2l' (case-insensitive)\n"
                                + "A first word that is no type name is a filter: 'facts 10.0.0.2'.",
                        FactCommands::facts),
                new Command("events", "[FILTER]", "list log events (aggregated messages) with count and first line",
                        "events PROPOSAL lists events whose description contains PROPOSAL (case-insensitive).",
                        FactCommands::events));
    }

    private static void facts(ConsoleSession s, String args, Output o) {
        List<String> w = Args.words(args);
        List<Traceable> inputs = s.inputFacts();
        String type = null;
        if (!w.isEmpty()) {
            String first = w.get(0);
            boolean inputType = inputs.stream().anyMatch(t -> t.getClass().getSimpleName().equalsIgnoreCase(first));
            if (inputType) type = w.remove(0);
            else {
                Class<?> derived = derivedType(first);
                if (derived != null) {
                    w.remove(0);
                    String filter = String.join(" ", w).toLowerCase(Locale.ROOT);
                    List<String> lines = new ArrayList<>();
                    for (Object f : s.derived(derived)) if (f.toString().toLowerCase(Locale.ROOT).contains(filter)) lines.add(f.toString());
                    lines.sort(Comparator.naturalOrder());
                    lines.forEach(o::println);
                    o.println("(" + lines.size() + " " + derived.getSimpleName() + " fact(s))");
                    return;
                }
            }
        }
        String filter = String.join(" ", w).toLowerCase(Locale.ROOT);
        int n = 0;
        for (Traceable t : inputs) {
            if (type != null && !t.getClass().getSimpleName().equalsIgnoreCase(type)) continue;
            String line = String.format("%-6s %-18s %s", t.getId(), t.getClass().getSimpleName(), t.describe());
            if (!filter.isEmpty() && !line.toLowerCase(Locale.ROOT).contains(filter)) continue;
            o.println(line + "  " + o.style().dim(t.getOrigins().isEmpty() ? "" : t.getOrigins().get(0).where()));
            n++;
        }
        o.println("(" + n + " fact(s))");
    }

    private static void events(ConsoleSession s, String args, Output o) {
        String filter = args.strip().toLowerCase(Locale.ROOT);
        List<LogEvent> events = new ArrayList<>();
        for (Traceable t : s.inputFacts()) if (t instanceof LogEvent e && e.describe().toLowerCase(Locale.ROOT).contains(filter)) events.add(e);
        events.sort(Comparator.comparingLong(LogEvent::getFirstSeq));
        for (LogEvent e : events) {
            o.println(String.format("%-6s x%-4d %s  %s", e.getId(), e.getCount(), e.describe(), o.style().dim(e.getOrigin().where())));
        }
        o.println("(" + events.size() + " event(s))");
    }

    static Class<?> derivedType(String name) {
        for (String p : DERIVED_PACKAGES) {
            for (String candidate : List.of(name, Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
                try {
                    return Class.forName(p + candidate);
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    // try the next spelling / package
                }
            }
        }
        return null;
    }
}
