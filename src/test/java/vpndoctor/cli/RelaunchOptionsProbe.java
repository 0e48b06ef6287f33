package vpndoctor.cli;

import java.lang.management.ManagementFactory;

/** RelaunchTest's probe: prints the JVM options read from the command line, then the runtime bean's, then the arguments and binary read from /proc/self and from ProcessHandle.Info. */
public final class RelaunchOptionsProbe {
    private RelaunchOptionsProbe() {}

    public static void main(String[] args) {
        System.out.println(Relaunch.optionsBeforeJar(ProcessHandle.current().info().arguments().orElse(null), false));
        System.out.println(ManagementFactory.getRuntimeMXBean().getInputArguments());
        // what the relaunch reads from /proc/self against ProcessHandle.Info
        System.out.println(java.util.Arrays.toString(Relaunch.ownArguments()) + " " + Relaunch.ownCommand());
        ProcessHandle.Info info = ProcessHandle.current().info();
        System.out.println(java.util.Arrays.toString(info.arguments().orElse(null)) + " " + info.command().orElse(null));
    }
}
