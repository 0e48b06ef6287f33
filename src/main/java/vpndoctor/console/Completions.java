package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vpndoctor.model.Side;
import vpndoctor.model.Traceable;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.Finding;

/**
 * What Tab offers for the word being typed, with a description shown beside each candidate: the
 * terminal front-end (JLine) only draws these. File names are completed by the front-end itself.
 */
public final class Completions {
    /** One candidate: the word to insert and what it is. */
    public record Item(String value, String description) {}

    private final CommandDispatcher dispatcher;

    public Completions(CommandDispatcher dispatcher) { this.dispatcher = dispatcher; }

    /** Candidates for {@code words.get(index)} (the word under the cursor), given the words before it. */
    public List<Item> complete(List<String> words, int index) {
        Map<String, String> out = new LinkedHashMap<>();
        ConsoleSession s = dispatcher.session();
        if (index == 0) {
            dispatcher.commands().values().forEach(c -> out.put(c.name(), c.summary()));
            return items(out);
        }
        String cmd = words.get(0).toLowerCase(Locale.ROOT);
        switch (cmd) {
            case "why", "whynot" -> {
                Diagnosis d = s.diagnosis();
                for (Finding f : d.rootCauses()) findingItems(out, f, "root cause");
                for (Finding f : d.hypotheses()) findingItems(out, f, f.ruledOut() ? "ruled out" : "hypothesis");
                if (cmd.equals("whynot")) vpndoctor.engine.Engine.of(s.doctor()).catalog().all().forEach((id, c) -> out.putIfAbsent(id, c.meaning()));
                else facts(s, out);
                if (cmd.equals("whynot")) out.put("--rules", "show the rules' DRL conditions too");
            }
            case "retract" -> facts(s, out);
            case "assume" -> {
                if (index == 1) { out.put("local", "our config"); out.put("peer", "the peer's config"); }
                else assumeWords(s, words, index, out);
            }
            case "help" -> dispatcher.commands().values().forEach(c -> out.put(c.name(), c.summary()));
            default -> { }
        }
        return items(out);
    }

    private static void findingItems(Map<String, String> out, Finding f, String standing) {
        String what = String.format("%s %.2f on %s: %s", standing, f.confidence(), f.tunnel(), f.summary());
        out.putIfAbsent(f.id(), what);
        out.putIfAbsent(f.id() + "@" + f.tunnel(), what);
    }

    private static void facts(ConsoleSession s, Map<String, String> out) {
        for (Traceable t : s.inputFacts()) out.put(t.getId(), t.getClass().getSimpleName() + ": " + ConfigText.shown(t.describe()));
    }

    /**
     * The next word of the lines of that side's config that start with the words typed so far (after
     * "no", of lines to remove), so an existing line can be changed or removed without retyping it.
     */
    private static void assumeWords(ConsoleSession s, List<String> words, int index, Map<String, String> out) {
        Side side = switch (words.get(1).toLowerCase(Locale.ROOT)) {
            case "local" -> Side.LOCAL;
            case "peer" -> Side.PEER;
            default -> null;
        };
        if (side == null || s.state().config(side) == null) return;
        List<String> typed = new ArrayList<>(words.subList(2, index));
        if (!typed.isEmpty() && typed.get(0).equalsIgnoreCase("no")) typed.remove(0);
        else if (typed.isEmpty()) out.put("no", "remove a line (no LINE)");
        for (String line : s.state().config(side).lines()) {
            if (line.isBlank() || line.strip().startsWith("!") || line.strip().startsWith(":")) continue;
            List<String> w = ConfigText.words(line);
            if (w.size() <= typed.size()) continue;
            boolean match = true;
            for (int i = 0; i < typed.size() && match; i++) match = w.get(i).equalsIgnoreCase(typed.get(i));
            if (match) out.putIfAbsent(w.get(typed.size()), ConfigText.shown(line.strip()));
        }
    }

    private static List<Item> items(Map<String, String> m) {
        List<Item> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new Item(k, v)));
        return out;
    }
}
