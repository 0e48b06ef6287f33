package vpndoctor.authoring;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** Runs a vpn-doctor command line in-process and keeps its exit code, standard output and error. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    @Override public String toString() { return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err; }
}
