package vpndoctor.cli;

import java.lang.management.ManagementFactory;

/** RelaunchTest's probe: prints the JVM options read from the command line, then the runtime bean's. */
public final class RelaunchOptionsProbe {
    private RelaunchOptionsProbe() {}

    public static void main(String[] args) {
        System.out.println(Relaunch.optionsBeforeJar(ProcessHandle.current().info().arguments().orElse(null), false));
        System.out.println(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
