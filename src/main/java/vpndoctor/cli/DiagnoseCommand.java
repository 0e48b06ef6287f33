package vpndoctor.cli;

import java.io.IOException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.Diagnoser;
import vpndoctor.Evidence;
import vpndoctor.authoring.CaseSaver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import vpndoctor.engine.Engine;
import vpndoctor.engine.EvidenceLoader;
import vpndoctor.engine.LoadedEvidence;
import vpndoctor.engine.RuleProblem;
import vpndoctor.report.Formats;
import vpndoctor.result.Diagnosis;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose a tunnel: root causes with confidence, the evidence lines, the fix and the next commands.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin EvidenceOptions evidence;
    @Mixin RulesOption rules;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text, json, jsonl (one tunnel per line, then a summary line), dot, mermaid, html, sarif (findings on config lines, SARIF 2.1.0) or table (one row per tunnel: platform, status, top cause, confidence) (default: ${DEFAULT-VALUE})")
    Formats.Format format;

    /** What --fail-on turns into exit code {@link #FOUND}. */
    public enum FailOn { ROOT_CAUSE, HYPOTHESIS }

    /** The exit code when --fail-on is given and such a finding exists (the report is still written). */
    public static final int FOUND = 1;

    @Option(names = "--fail-on", paramLabel = "root-cause|hypothesis", converter = FailOnConverter.class,
            description = "exit with code 1 when a root cause (root-cause) or a root cause or any hypothesis not ruled out (hypothesis) is found;"
                    + " to gate a change pipeline on the config-only prediction")
    FailOn failOn;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--tunnels-per-batch", paramLabel = "N", defaultValue = "" + vpndoctor.engine.TunnelBatches.DEFAULT_TUNNELS,
            description = "jsonl: diagnose at most N tunnels in one rule session (the evidence of other tunnels and the configs are shared), so memory stays bounded (default: ${DEFAULT-VALUE})")
    int tunnelsPerBatch;

    @Option(names = "--batch-threads", paramLabel = "N",
            description = "jsonl: diagnose up to N batches of tunnels at once (the report is the same whatever N; each batch in flight holds its own session) (default: 2 on a machine with two cores or more, else 1)")
    Integer batchThreads;

    @Option(names = "--explain", description = "text: print the full explanation tree of every finding")
    boolean explain;

    @Option(names = "--save-case", paramLabel = "DIR",
            description = "also save the evidence (copies) and today's conclusions as expected.json in DIR: a new test case to edit")
    Path saveCase;

    @Option(names = "--color", negatable = true, description = "colour the text report (default: only on a terminal)")
    Boolean color;

    @Override public Integer call() throws Exception {
        Evidence ev = evidence.toEvidence();
        // JSON Lines of more tunnels than a batch use the shape memo; the reading tells early whether this run will
        boolean batches = format == Formats.Format.JSONL && saveCase == null;
        vpndoctor.parse.log.PeerWatch peers = batches ? new vpndoctor.parse.log.PeerWatch(tunnelsPerBatch) : null;
        // the rules are read while the evidence is: both take a good part of a run, and need not wait for each other
        CompletableFuture<Diagnoser> building = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            Diagnoser built;
            try {
                built = rules.build();
            } catch (Throwable t) {
                building.completeExceptionally(t);
                return;
            }
            building.complete(built);
            // the batches' shape memo reads the rules too: here, while the evidence is still being read, when the run will
            // have batches (a run of few tunnels would pay it from the reading's CPU for nothing)
            if (peers != null && peers.awaitMany()) vpndoctor.engine.TunnelBatches.prepare(Engine.of(built));
        }, "vpn-doctor-rules");
        builder.setDaemon(true);
        builder.start();
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.startIfTerminal(err)) {
            return diagnose(ev, building, peers, progress, err);
        } catch (OutOfMemoryError e) { // reading, rules or report: a message and exit code 4, never a raw stack trace
            throw new ErrorHandler.UsageProblem("out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB): give the JVM more heap (-Xmx), or split the evidence (by peer or by time)", ErrorHandler.INTERNAL);
        }
    }

    private Integer diagnose(Evidence ev, CompletableFuture<Diagnoser> building, vpndoctor.parse.log.PeerWatch peers, Progress progress,
                             PrintWriter err) throws Exception {
        LoadedEvidence loaded;
        try {
            loaded = EvidenceLoader.load(ev, peers);
        } finally {
            if (peers != null) peers.readingEnded();
        }
        // from here one thread fires the rules and writes: the report's set-up can run on the other core
        vpndoctor.report.ReportWarmUp.start(format);
        if (progress != null) progress.phase("rules");
        Diagnoser doctor;
        try {
            doctor = building.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw (Error) e.getCause();
        }
        for (RuleProblem p : Engine.of(doctor).ruleProblems()) {
            if (p.severity() == RuleProblem.Severity.ERROR) err.println(p);
        }
        if (format == Formats.Format.JSONL && saveCase == null) return streamJsonLines(doctor, loaded, progress, err);
        Diagnosis d = Engine.of(doctor).diagnose(loaded);
        if (progress != null) progress.phase("report");
        ErrorHandler.requireSomeInput(d.input().sources(), d.input().skipped(), err);
        if (saveCase != null) {
            List<Path> written = CaseSaver.save(ev, d, saveCase);
            err.println("vpn-doctor: saved case " + saveCase + " (" + written.size() + " files): correct expected.json and replace its placeholder description"
                    + " (the case fails until you do), then `vpn-doctor rules test --cases " + saveCase + "`");
        }
        if (format == Formats.Format.JSONL) {
            java.io.StringWriter w = new java.io.StringWriter();
            vpndoctor.report.JsonLinesReport.write(d, w);
            write(w.toString());
            return exitCode(d);
        }
        boolean useColor = color != null ? color : (out == null && System.console() != null);
        write(Formats.render(d, format, useColor, explain));
        return exitCode(d);
    }

    private void write(String report) {
        if (out != null) {
            try {
                Files.writeString(out, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ErrorHandler.outputFailed(out, e);
            }
        } else {
            java.io.Writer bytes = StdoutBytes.open(spec.commandLine().getOut());
            if (bytes == null) spec.commandLine().getOut().print(report);
            else {
                try {
                    bytes.write(report);
                    bytes.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e); // System.out records its own errors: not reached
                }
            }
            ErrorHandler.checkStdout(spec.commandLine().getOut());
        }
    }

    /**
     * JSON Lines, streamed: the tunnels are diagnosed in batches of --tunnels-per-batch (TunnelBatches)
     * and each batch's lines are written as soon as it is done, so neither the report nor one session
     * of 100k tunnels is ever held whole (issue 14).
     */
    private Integer streamJsonLines(Diagnoser doctor, LoadedEvidence loaded, Progress progress, PrintWriter err) throws IOException {
        ErrorHandler.requireSomeInput(loaded.sources(), loaded.accounting().getSkipped(), err);
        java.io.Writer w;
        try {
            w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : StdoutBytes.open(spec.commandLine().getOut());
            if (w == null) w = new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        } catch (IOException e) {
            throw ErrorHandler.outputFailed(out, e);
        }
        int[] lines = {0};
        boolean[] found = {false};
        try {
            vpndoctor.report.JsonLinesReport.Lines report = vpndoctor.report.JsonLinesReport.lines(w);
            Diagnosis summary = vpndoctor.engine.TunnelBatches.runReleasing(Engine.of(doctor), loaded, tunnelsPerBatch,
                    batchThreads != null ? batchThreads : vpndoctor.engine.TunnelBatches.defaultThreads(), batch -> {
                lines[0] += report.tunnels(batch);
                if (progress != null) progress.phase(String.format("rules, %,d tunnels written", lines[0]));
                found[0] |= exitCode(batch) == FOUND;
            });
            report.summary(summary, lines[0]);
            if (out != null) w.close();
        } catch (java.io.UncheckedIOException e) {
            if (out != null) throw ErrorHandler.outputFailed(out, e.getCause());
            throw e;
        }
        if (out == null) ErrorHandler.checkStdout(spec.commandLine().getOut());
        return found[0] ? FOUND : 0;
    }

    /** 0, or {@link #FOUND} when --fail-on names a kind of finding the diagnosis has. */
    int exitCode(Diagnosis d) {
        if (failOn == null) return 0;
        boolean found = !d.rootCauses().isEmpty()
                || failOn == FailOn.HYPOTHESIS && d.hypotheses().stream().anyMatch(h -> !h.ruledOut());
        return found ? FOUND : 0;
    }

    /** root-cause or hypothesis (also root_cause, any case). */
    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected root-cause or hypothesis, not '" + value + "'");
            }
        }
    }
}
