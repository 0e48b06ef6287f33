package vpndoctor.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vpndoctor.Diagnoser;

/** --rules DIR: an engineer's rules on top of the bundled ones. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "extra rules folder, loaded on top of the bundled rules (same rule name overrides)")
    Path rulesDir;

    @Option(names = "--no-bundled-rules", description = "use only the --rules folder")
    boolean noBundled;

    public Diagnoser build() throws IOException {
        return Diagnoser.builder().bundledRules(!noBundled).rulesDir(rulesDir).build();
    }
}
