package vpndoctor.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vpndoctor.engine.Engine;
import vpndoctor.engine.RuleProblem;
import vpndoctor.model.Side;

/** load, save, rules: evidence in and out, and the rules themselves. */
final class SessionCommands {
    private SessionCommands() {}

    static List<Command> all() {
        return List.of(
                new Command("load", "[local|peer] FILE|DIR", "add evidence: a case folder, a log, a config or observations",
                        "load CASE-DIR reads *.log, local.cfg, peer.cfg and *.json like 'diagnose CASE'.\n"
                                + "load FILE: local.cfg / peer.cfg by name, another *.cfg as local (peer when local exists),\n"
                                + "*.json as observations, anything else as a log. 'load peer FILE' forces the side.\n"
                                + "A config replaces that side's config. 'undo' reverts a load.",
                        SessionCommands::load),
                new Command("save", "DIR", "write the session as a case folder (evidence + assumptions + expected.json)",
                        "Writes the logs, local.cfg/peer.cfg with assumptions applied (keys pseudonymised), observations.json\n"
                                + "and expected.json with the current verdict, then checks 'diagnose DIR' agrees.",
                        (s, a, o) -> {
                            if (a.isBlank()) throw new IllegalArgumentException("usage: save DIR");
                            CaseWriter.save(s, Path.of(a.strip())).forEach(o::println);
                        }),
                new Command("rules", "reload | list", "re-read the --rules folder, or list the rule files in use",
                        "rules reload compiles the --rules folder again (on top of the bundled rules). Any error keeps the\n"
                                + "old rules and prints file:line: error. On success the session is rebuilt from the evidence.\n"
                                + "rules list shows the rule files in use.",
                        SessionCommands::rules));
    }

    private static void load(ConsoleSession s, String args, Output o) throws Exception {
        List<String> w = Args.words(args);
        Side side = null;
        if (w.size() == 2) {
            side = switch (w.remove(0).toLowerCase(Locale.ROOT)) {
                case "local" -> Side.LOCAL;
                case "peer" -> Side.PEER;
                default -> throw new IllegalArgumentException("usage: load [local|peer] FILE|DIR");
            };
        }
        if (w.size() != 1) throw new IllegalArgumentException("usage: load [local|peer] FILE|DIR");
        ConsoleSession.Outcome out = s.load(Path.of(w.get(0)), side);
        out.errors().forEach(e -> o.println(o.style().red("rule error: ") + e));
        o.println(out.line());
        s.diagnosis().input().skipped().forEach(sk -> o.println("  skipped " + sk));
    }

    private static void rules(ConsoleSession s, String args, Output o) throws Exception {
        String a = args.strip();
        if (a.equals("list") || a.isEmpty()) {
            Engine.of(s.doctor()).ruleFiles().forEach(f -> o.println("  " + f.location()));
            o.println("(" + Engine.of(s.doctor()).ruleFiles().size() + " rule file(s)" + (s.rulesDir() == null ? "" : ", folder " + s.rulesDir()) + ")");
            return;
        }
        if (!a.equals("reload")) throw new IllegalArgumentException("usage: rules reload | rules list");
        ConsoleSession.Reload r = s.reloadRules();
        for (RuleProblem p : r.problems()) o.println(p.severity() == RuleProblem.Severity.ERROR ? o.style().red(p.toString()) : p.toString());
        if (!r.taken() && !r.problems().isEmpty()) throw new IllegalStateException(r.summary());
        o.println(r.summary());
    }
}
