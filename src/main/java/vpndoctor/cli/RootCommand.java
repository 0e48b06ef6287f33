package vpndoctor.cli;

import picocli.CommandLine.Command;

@Command(name = "vpn-doctor", mixinStandardHelpOptions = true, version = "vpn-doctor 0.1.0",
        description = "Explains why an IPsec VPN tunnel is down, from Cisco PIX/ASA/IOS logs and configs.")
public final class RootCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * The subcommands, in the order the usage lists them. {@link Main#commandLine(String)} adds them (not the
     * annotation), so a command line that names one of them builds only that one.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(DiagnoseCommand.class, WatchCommand.class, ServeCommand.class,
            StreamsCommand.class, FactsCommand.class, ConsoleCommand.class, RulesCommand.class, EvalCommand.class, BenchCommand.class,
            picocli.CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /** No command given: a usage error (exit 2), the usage on standard error. */
    @Override public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorHandler.USAGE;
    }
}
