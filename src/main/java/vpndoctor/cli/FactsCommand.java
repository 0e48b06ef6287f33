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
        for (Object f : loaded.facts()) {
            if (f instanceof Traceable t) {
                // a fact built from no line (e.g. a default the device applies) has no place to show
                String where = t.getOrigins().isEmpty() ? "-" : t.getOrigins().get(0).where();
                out.println(t.getId() + "\t" + f.getClass().getSimpleName() + "\t" + t.describe() + "\t" + where);
            } else {
                out.println(f);
            }
        }
        loaded.accounting().getSkipped().forEach(s -> out.println("skipped\t" + s));
        ErrorHandler.checkStdout(out);
        return 0;
    }
}
