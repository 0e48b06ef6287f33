package vpndoctor.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vpndoctor.engine.DidYouMean;

/**
 * Reads one console line, finds its command and runs it. Blank lines and lines starting with '#'
 * do nothing (so a replayed script may carry comments). A failing command prints an error and the
 * session goes on; the failures are counted so a script run can end with a non-zero exit code.
 */
public final class CommandDispatcher {
    private final ConsoleSession session;
    private final Output out;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private int failures;

    public CommandDispatcher(ConsoleSession session, Output out) {
        this.session = session;
        this.out = out;
        List<Command> all = new ArrayList<>();
        all.addAll(VerdictCommands.all());
        all.addAll(ExplainCommands.all());
        all.addAll(FactCommands.all());
        all.addAll(WhatIfCommands.all());
        all.addAll(SessionCommands.all());
        all.add(new Command("help", "[COMMAND]", "list the commands, or explain one", "help COMMAND shows a command's arguments and what it does.", (s, a, o) -> help(a.strip())));
        all.add(new Command("quit", "", "leave the console (also: exit, end of input / Ctrl-D)", "Leaves the console. Nothing is saved: use 'save DIR' first.", (s, a, o) -> { }));
        for (Command c : all) commands.put(c.name(), c);
    }

    /** Runs one line; false when the console should end (quit/exit). */
    public boolean execute(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) return true;
        int sp = t.indexOf(' ');
        String name = (sp < 0 ? t : t.substring(0, sp)).toLowerCase(Locale.ROOT);
        String args = sp < 0 ? "" : t.substring(sp + 1);
        if (name.equals("quit") || name.equals("exit")) return false;
        Command c = commands.get(name);
        if (c == null) {
            failures++;
            String near = DidYouMean.nearest(name, commands.keySet()).map(n -> ": did you mean '" + n + "'?").orElse("");
            out.error("unknown command '" + name + "'" + near + " (type 'help')");
            return true;
        }
        try {
            c.handler().run(session, args, out);
        } catch (Exception e) {
            failures++;
            out.error(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        out.out().flush();
        return true;
    }

    /** Runs every line of a script until its end or 'quit'. */
    public void run(Iterable<String> lines) {
        for (String l : lines) if (!execute(l)) return;
    }

    public int failures() { return failures; }
    public Map<String, Command> commands() { return commands; }
    public ConsoleSession session() { return session; }

    private void help(String name) {
        if (!name.isEmpty()) {
            Command c = commands.get(name.toLowerCase(Locale.ROOT));
            if (c == null) throw new IllegalArgumentException("no command '" + name + "'");
            out.println(out.style().bold(c.synopsis()));
            out.println("  " + c.summary());
            for (String l : c.help().split("\n")) out.println("  " + l);
            return;
        }
        out.println(out.style().bold("Commands") + " (help COMMAND for details)");
        for (Command c : commands.values()) out.println(String.format("  %-34s %s", c.synopsis(), c.summary()));
    }
}
