package vpndoctor.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vpndoctor.report.Formats;

/** diagnose, diff, mark, export: the verdict now, and how it moved. */
final class VerdictCommands {
    private VerdictCommands() {}

    static List<Command> all() {
        return List.of(
                new Command("diagnose", "[--format text|json|dot|mermaid|html] [--out FILE] [--explain]",
                        "the current verdict (what 'vpn-doctor diagnose' would print)",
                        "Assembles the diagnosis from the live session. --format picks the report, --out writes it\n"
                                + "to a file, --explain adds the full explanation trees to the text report.\n"
                                + "The verdict shown becomes the base of the next plain 'diff'.",
                        VerdictCommands::diagnose),
                new Command("diff", "[NAME]", "root causes and hypotheses gained, lost or changed",
                        "diff       compares with the verdict last shown by 'diagnose' or 'diff' (then moves that base here)\n"
                                + "diff NAME  compares with the verdict remembered by 'mark NAME' (the base does not move)\n"
                                + "Lines: gained/lost/changed root cause, new/gone/changed hypothesis.",
                        VerdictCommands::diff),
                new Command("mark", "NAME", "remember the current verdict under a name (for 'diff NAME')",
                        "mark NAME stores the current verdict; 'diff NAME' later shows what changed since.",
                        (s, a, o) -> {
                            String n = a.strip();
                            if (n.isEmpty() || n.contains(" ")) throw new IllegalArgumentException("usage: mark NAME (one word)");
                            s.mark(n);
                            o.println("marked '" + n + "': " + s.verdict().findings().size() + " finding(s)");
                        }),
                new Command("export", "FORMAT FILE", "write the current diagnosis as text, json, dot, mermaid, html, sarif or table",
                        "export html report.html writes a self-contained HTML report; dot/mermaid draw the\n"
                                + "explanation graph (input lines -> symptoms -> hypotheses -> root causes).",
                        VerdictCommands::export));
    }

    private static void diagnose(ConsoleSession s, String args, Output o) throws Exception {
        List<String> w = Args.words(args);
        String format = Args.option(w, "--format", "-f");
        String file = Args.option(w, "--out", "-o");
        boolean explain = Args.flag(w, "--explain");
        if (!w.isEmpty()) throw new IllegalArgumentException("unexpected '" + String.join(" ", w) + "' (help diagnose)");
        Formats.Format f = format == null ? Formats.Format.TEXT : format(format);
        String report = Formats.render(s.diagnosis(), f, o.color() && file == null, explain);
        if (file != null) {
            Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
            o.println("wrote " + file);
        } else {
            o.print(report);
        }
        s.shown();
    }

    private static void diff(ConsoleSession s, String args, Output o) {
        String name = args.strip();
        Verdict base;
        if (name.isEmpty()) {
            base = s.lastShown();
            if (base == null) throw new IllegalArgumentException("nothing to compare with yet: run 'diagnose' or 'mark NAME' first");
        } else {
            base = s.mark(Optional.of(name)).orElseThrow(() -> new IllegalArgumentException("no mark '" + name + "' (marks: " + s.marks().keySet() + ")"));
        }
        List<String> changes = s.verdict().changesSince(base);
        if (changes.isEmpty()) o.println("no change" + (name.isEmpty() ? "" : " since mark '" + name + "'"));
        for (String c : changes) o.println(c.startsWith("lost") ? o.style().green(c) : c.startsWith("gained") ? o.style().red(c) : c);
        if (name.isEmpty()) s.shown();
    }

    private static void export(ConsoleSession s, String args, Output o) throws Exception {
        List<String> w = Args.words(args);
        if (w.size() != 2) throw new IllegalArgumentException("usage: export FORMAT FILE");
        Files.writeString(Path.of(w.get(1)), Formats.render(s.diagnosis(), format(w.get(0)), false, true), StandardCharsets.UTF_8);
        o.println("wrote " + w.get(1));
    }

    static Formats.Format format(String name) {
        try {
            return Formats.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': text, json, dot, mermaid, html, sarif or table");
        }
    }
}
