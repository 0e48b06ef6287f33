package vpndoctor.cli;

import picocli.CommandLine;

/** The vpn-doctor command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StdoutBytes.claim(); // this process's standard output: a report may go to it without picocli's small buffers
        Integer relaunched = Relaunch.ifWorthIt(args); // diagnose: once more with the launcher's JIT options and a class archive
        if (relaunched != null) System.exit(relaunched);
        // relaunched for a large input, whose reading is the critical path: the preload thread sets up its tables first
        if (usesCachedBundledRules(args)) vpndoctor.engine.RulePreload.start(Relaunch.forLargeInput());
        System.exit(run(args));
    }

    /** Whether the command will build the bundled rules from the cache (so reading them can start now). */
    private static boolean usesCachedBundledRules(String[] args) {
        if (args.length == 0 || !(args[0].equals("diagnose") || args[0].equals("console"))) return false;
        if ("off".equals(System.getenv("VPNDOCTOR_CACHE"))) return false;
        for (String a : args) {
            if (a.equals("--no-cache") || a.equals("--no-bundled-rules") || a.startsWith("--rules") || a.equals("-h") || a.equals("--help")) return false;
        }
        return true;
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command tree for a command line starting with {@code first}: when that names a subcommand (other than
     * help, which looks the others up), only that one is built. Picocli reads every command's annotations when it
     * is added (~50 ms of reflection and class loading at every start for the nine of them); what it parses, runs
     * and prints for that subcommand's words is the same (OneCommandTreeTest).
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new RootCommand());
        Class<?> only = null;
        for (Class<?> c : RootCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            if (name.equals(first) && !name.equals("help")) only = c;
        }
        for (Class<?> c : RootCommand.SUBCOMMANDS) if (only == null || c == only) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::parameterError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
