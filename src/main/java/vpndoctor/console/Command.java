package vpndoctor.console;

/**
 * One console command: its name, argument synopsis, one-line summary, full help and what it does.
 * Commands are small and grouped by topic (VerdictCommands, ExplainCommands ...).
 */
public record Command(String name, String args, String summary, String help, Handler handler) {
    /** What the command does; a thrown exception is printed as an error and the console goes on. */
    @FunctionalInterface
    public interface Handler {
        void run(ConsoleSession session, String args, Output out) throws Exception;
    }

    public String synopsis() { return args.isEmpty() ? name : name + " " + args; }
}
