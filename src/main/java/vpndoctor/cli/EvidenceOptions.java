package vpndoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vpndoctor.Evidence;

/** The evidence options every command shares: case folders or log files, configs, observations. */
public final class EvidenceOptions {
    @Parameters(paramLabel = "CASE|LOG", arity = "0..*",
            description = "a case folder (local.cfg, peer.cfg, *.json; any other file by its content: config, log, or skipped with the reason) or log files; '-' reads standard input")
    List<String> positional = new ArrayList<>();

    @Option(names = "--log", paramLabel = "FILE", arity = "1..*", description = "log file(s): syslog or debug output, .gz allowed, '-' = stdin")
    List<String> logs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "our device's config (show running-config)")
    Path config;

    @Option(names = "--peer-config", paramLabel = "FILE", description = "the peer's config")
    Path peerConfig;

    @Option(names = "--observations", paramLabel = "FILE", description = "JSON observations {\"observations\": [{\"kind\", \"tunnel\", \"note\"}]}")
    List<Path> observations = new ArrayList<>();

    /** Builds the Evidence; a folder argument is read as a case folder. */
    public Evidence toEvidence() throws IOException {
        Evidence.Builder b = Evidence.builder();
        for (String p : positional) addPath(b, p);
        for (String p : logs) addLog(b, p);
        if (config != null) b.localConfig(config);
        if (peerConfig != null) b.peerConfig(peerConfig);
        for (Path o : observations) b.observations(o);
        Evidence e = b.build();
        // files were given but every one was skipped: name each with why (exit 3), not "no evidence given"
        if (e.isEmpty() && !e.skipped().isEmpty()) throw new ErrorHandler.UsageProblem("none of the inputs could be read: "
                + e.skipped().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; ")), ErrorHandler.UNUSABLE_INPUT);
        if (e.isEmpty()) throw new ErrorHandler.UsageProblem("no evidence given: name a case folder, --log FILE, or --config/--peer-config", 2);
        return e;
    }

    private static void addPath(Evidence.Builder b, String p) throws IOException {
        if (!p.equals("-") && Files.isDirectory(Path.of(p))) {
            // the folder's skipped files and notes too, not only its inputs: the report names them
            Evidence folder = Evidence.fromCaseFolder(Path.of(p));
            folder.inputs().forEach(b::add);
            folder.skipped().forEach(s -> b.skip(s.source(), s.reason()));
            folder.notes().forEach(b::note);
        } else {
            addLog(b, p);
        }
    }

    private static void addLog(Evidence.Builder b, String p) throws IOException {
        // a stream, not readAllBytes: a day of syslog piped in must not have to fit in the heap
        if (p.equals("-")) b.logStream("stdin", () -> new java.io.FilterInputStream(System.in) {
            @Override public void close() { } // System.in stays open for the rest of the process
        });
        else b.log(Path.of(p));
    }
}
