package vpndoctor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import vpndoctor.console.CommandDispatcher;
import vpndoctor.console.Completions;
import vpndoctor.console.ConsoleSession;
import vpndoctor.console.Output;
import vpndoctor.report.Style;

/** The thin JLine front-end of the console: prompt, history, Tab completion, colour. */
final class ConsoleTerminal {
    private ConsoleTerminal() {}

    static int run(ConsoleSession session, Boolean colorOption) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            boolean color = colorOption != null ? colorOption : !Terminal.TYPE_DUMB.equals(terminal.getType());
            Output out = new Output(terminal.writer(), new Style(color), color);
            CommandDispatcher d = new CommandDispatcher(session, out);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("vpn-doctor")
                    .completer(new ConsoleCompleter(d)).history(new NoSecretsHistory())
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".vpn-doctor_history"))
                    .build();
            out.println("vpn-doctor console: 'help' lists the commands, Tab completes, Ctrl-D quits.");
            while (true) {
                String line;
                try {
                    line = reader.readLine(color ? "\u001b[1mvpn-doctor>\u001b[0m " : "vpn-doctor> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the line being typed, not the session
                } catch (EndOfFileException e) {
                    break;
                }
                if (!d.execute(line)) break;
            }
            terminal.writer().flush();
            return 0;
        }
    }

    /** Keeps lines that may carry a key or password out of the history file. */
    private static final class NoSecretsHistory extends DefaultHistory {
        @Override public void add(Instant time, String line) {
            String l = line.toLowerCase(Locale.ROOT);
            if (l.contains("key") || l.contains("password") || l.contains("secret") || l.contains("community") || l.contains("passwd")) return;
            super.add(time, line);
        }
    }

    /**
     * Completes command names, then per command: what {@link Completions} offers (fact IDs, cause
     * IDs and config words, each with its description), and file names, formats and marks here.
     */
    private static final class ConsoleCompleter implements Completer {
        private final CommandDispatcher dispatcher;
        private final Completions completions;
        private final Completer files = new Completers.FileNameCompleter();

        ConsoleCompleter(CommandDispatcher dispatcher) {
            this.dispatcher = dispatcher;
            this.completions = new Completions(dispatcher);
        }

        @Override public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
            for (Completions.Item i : completions.complete(line.words(), line.wordIndex())) {
                out.add(new Candidate(i.value(), i.value(), null, i.description(), null, null, true));
            }
            if (line.wordIndex() == 0) return;
            String cmd = line.words().get(0).toLowerCase(Locale.ROOT);
            ConsoleSession s = dispatcher.session();
            List<String> words = new ArrayList<>();
            switch (cmd) {
                case "facts" -> {
                    s.inputFacts().forEach(t -> words.add(t.getClass().getSimpleName()));
                    words.addAll(List.of("Symptom", "Support", "Against", "Hypothesis", "RootCause", "Benign", "Recommendation", "EncryptionDomain", "TunnelPairing", "DomainComparison", "TransformComparison"));
                }
                case "export" -> { if (line.wordIndex() == 1) words.addAll(List.of("text", "json", "dot", "mermaid", "html")); else files.complete(reader, line, out); }
                case "diagnose" -> words.addAll(List.of("--format", "--out", "--explain", "text", "json", "dot", "mermaid", "html"));
                case "load", "save" -> { if (cmd.equals("load") && line.wordIndex() == 1) words.addAll(List.of("local", "peer")); files.complete(reader, line, out); }
                case "rules" -> words.addAll(List.of("reload", "list"));
                case "diff" -> words.addAll(s.marks().keySet());
                default -> { }
            }
            words.stream().distinct().forEach(w -> out.add(new Candidate(w)));
        }
    }
}
