package vpndoctor.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vpndoctor.authoring.FactModelDoc;
import vpndoctor.authoring.FolderDoc;
import vpndoctor.engine.RuleFile;
import vpndoctor.engine.RuleLoader;

@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "Print the fact model reference (Markdown): fact types and fields, log event kinds, DSL sentences, a DRL example each; "
                + "with DIR, first the reference of that rules folder: its causes, advice, rules and DSL sentences.")
public final class RulesDocCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--into", paramLabel = "FILE", description = "replace the generated section of FILE (e.g. rules-drl/README.md) instead of printing")
    Path into;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "your rules folder: document its rules too")
    Path dir;

    @Override public Integer call() throws Exception {
        if (dir != null && into != null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--into replaces the bundled reference in a file: use it without DIR");
        java.util.List<RuleFile> dsl = new java.util.ArrayList<>(RuleLoader.bundled().stream().filter(f -> f.extension().equals("dsl")).toList());
        String folder = "";
        if (dir != null) {
            folder = FolderDoc.render(dir);
            dsl = RuleLoader.overlay(dsl, RuleLoader.folder(dir)).stream().filter(f -> f.extension().equals("dsl")).toList();
        }
        String doc = folder + FactModelDoc.render(dsl);
        if (into != null) {
            String old = Files.exists(into) ? Files.readString(into, StandardCharsets.UTF_8) : "";
            Files.writeString(into, FactModelDoc.replaceIn(old, doc), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("updated " + into);
        } else {
            spec.commandLine().getOut().print(doc);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
