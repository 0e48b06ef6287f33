package vpndoctor.robust;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vpndoctor.cli.Main;

/** Runs the command line as Main.run does, with standard output and error captured. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    String all() { return out + err; }
}
