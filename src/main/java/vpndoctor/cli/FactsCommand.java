package vpndoctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.model.Traceable;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Show the facts the parsers read from the evidence (what the rules see), with file:line.")
public final class FactsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin EvidenceOptions evidence;

    @Override public Integer call() throws Exception {
        LoadedEvidence loaded = EvidenceLoader.load(evidence.toEvidence());
        var out = spec.commandLine().getOut();
        ErrorHandler.requireSomeInput(loaded.sources(), loaded.accounting().getSkipped(), spec.commandLine().getErr());
        int printed = 0;
        for (Object f : loaded.facts()) {
            printed++;
            if (f instanceof Traceable t) {
                // a fact built from no line (e.g. a default the device applies) has no place to show
                String where = t.getOrigins().isEmpty() ? "-" : t.getOrigins().get(0).where();
                out.println(t.getId() + "\t" + f.getClass().getSimpleName() + "\t" + t.describe() + "\t" + where);
            } else {
                out.println(f);
            }
        }
        loaded.accounting().getSkipped().forEach(s -> out.println("skipped\t" + s));
        if (printed == 0 && loaded.accounting().getSkipped().isEmpty()) {
            // evidence that holds no fact (a device-wide summary, lines of no tunnel) says so, rather than printing nothing
            var a = loaded.accounting();
            out.println("no facts\t" + a.getLines() + " lines read, " + a.getRelevant() + " relevant, " + a.getUnrecognized()
                    + " unrecognized: nothing the rules can use");
        }
        ErrorHandler.checkStdout(out);
        return 0;
    }
}
