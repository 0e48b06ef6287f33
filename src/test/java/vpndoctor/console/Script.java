package vpndoctor.console;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;

/** Runs console commands against a session, as a piped script would, and keeps the output per command. */
final class Script {
    final ConsoleSession session;
    final CommandDispatcher dispatcher;
    private final StringWriter buffer = new StringWriter();

    Script() {
        this(new ConsoleSession(TestDoctor.get(), null, true));
    }

    Script(ConsoleSession session) {
        this.session = session;
        this.dispatcher = new CommandDispatcher(session, Output.plain(new PrintWriter(buffer, true)));
    }

    static Script over(java.nio.file.Path caseFolder) throws Exception {
        return new Script(ConsoleSession.open(TestDoctor.get(), null, true, Evidence.fromCaseFolder(caseFolder)));
    }

    /** Runs one command line and returns what it printed. */
    String run(String line) {
        buffer.getBuffer().setLength(0);
        dispatcher.execute(line);
        return buffer.toString();
    }

    /** Runs several lines (a replayed script) and returns everything printed. */
    String runAll(String script) {
        buffer.getBuffer().setLength(0);
        dispatcher.run(List.of(script.split("\n")));
        return buffer.toString();
    }
}
