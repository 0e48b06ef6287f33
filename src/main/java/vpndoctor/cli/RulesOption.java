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

    @Option(names = "--no-cache", description = "compile the rules even when a compiled copy is cached (cache: $VPNDOCTOR_CACHE or ~/.cache/vpn-doctor)")
    boolean noCache;

    public Diagnoser build() throws IOException {
        // the CLI keeps compiled rules between runs: compiling them is most of a short run
        Path cache = noCache || "off".equals(System.getenv("VPNDOCTOR_CACHE")) ? null : vpndoctor.engine.KieBaseCache.defaultDir();
        return Diagnoser.builder().bundledRules(!noBundled).rulesDir(rulesDir).cacheDir(cache).build();
    }
}
