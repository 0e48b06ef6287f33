package vpndoctor.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.bench.BenchHarness;
import vpndoctor.bench.IngestPasses;
import vpndoctor.bench.SyslogGenerator;

/** bench gen / bench run: the reproducible workload and the in-process measurements (see BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a reproducible syslog workload with known faults, and measure throughput and latency.",
        subcommands = {BenchCommand.Gen.class, BenchCommand.GenConfig.class, BenchCommand.Check.class, BenchCommand.Run.class, BenchCommand.Ingest.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "gen", mixinStandardHelpOptions = true,
            description = "Write mixed syslog with injected per-tunnel faults to FILE, and the faults to FILE.faults.json.")
    static final class Gen implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--lines", paramLabel = "N", defaultValue = "100000", description = "number of lines (default: ${DEFAULT-VALUE})") long lines;
        @Option(names = "--tunnels", paramLabel = "N", defaultValue = "10", description = "number of tunnels (default: ${DEFAULT-VALUE})") int tunnels;
        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})") long seed;
        @Option(names = "--vpn-share", paramLabel = "SHARE", description = "share of VPN lines (default: 0.02, raised so that every tunnel gets one whole negotiation: 12 VPN lines per tunnel)") Double vpnShare;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (.gz is not compressed: pipe through gzip)") Path out;

        @Override public Integer call() throws Exception {
            SyslogGenerator g = usage(spec, () -> new SyslogGenerator(lines, tunnels, seed, vpnShare != null ? vpnShare : SyslogGenerator.autoShare(lines, tunnels)));
            long bytes;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                bytes = g.write(o);
            }
            Path sidecar = out.resolveSibling(out.getFileName() + ".faults.json");
            Files.writeString(sidecar, g.faultsJson(bytes), StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("wrote %d lines, %d bytes to %s; faults in %s%n", lines, bytes, out, sidecar);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "In-process measurements: rule-base build (compile and cache), log ingest throughput, what-if latency.")
    static final class Run implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--log", paramLabel = "FILE", description = "log to ingest (e.g. from bench gen)") Path log;
        @Option(names = "--whatif-log", paramLabel = "FILE", description = "case log for the what-if latency (default: --log)") Path whatIfLog;
        @Option(names = "--repeats", paramLabel = "N", defaultValue = "5", description = "repeats per measurement, median reported (default: ${DEFAULT-VALUE})") int repeats;

        @Override public Integer call() throws Exception {
            BenchHarness.run(log, whatIfLog == null ? log : whatIfLog, repeats, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Read one log N times in this JVM, no rules: wall and CPU time of each pass (warm-up, then steady state).")
    static final class Ingest implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--log", required = true, paramLabel = "FILE", description = "log to ingest (e.g. from bench gen)") Path log;
        @Option(names = "--passes", paramLabel = "N", defaultValue = "8", description = "passes (default: ${DEFAULT-VALUE}); the steady state is the median of the last half") int passes;

        @Override public Integer call() throws Exception {
            if (passes < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--passes must be at least 1");
            IngestPasses.run(log, passes, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compare a report (--format json or jsonl, whatever the file is called) with the generator's FILE.faults.json: exit 0 when every tunnel is exact.")
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--faults", required = true, paramLabel = "FILE", description = "expected results from bench gen / gen-config") Path faults;
        @Option(names = "--report", required = true, paramLabel = "FILE", description = "the diagnosis (.json or .jsonl)") Path report;

        @Override public Integer call() throws Exception {
            return vpndoctor.bench.FaultCheck.run(faults, report, spec.commandLine().getOut());
        }
    }

    @Command(name = "gen-config", mixinStandardHelpOptions = true,
            description = "Write a big ASA hub config (local.cfg) and its peer's mirror (peer.cfg) into DIR, with faults.json.")
    static final class GenConfig implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--crypto-entries", paramLabel = "N", defaultValue = "40", description = "crypto map entries to the peer (default: ${DEFAULT-VALUE})") int entries;
        @Option(names = "--group-members", paramLabel = "N", defaultValue = "100", description = "members of the object-group in the first crypto ACL (default: ${DEFAULT-VALUE})") int members;
        @Option(names = "--acl-lines", paramLabel = "N", defaultValue = "1000", description = "interface ACL lines (default: ${DEFAULT-VALUE})") int aclLines;
        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})") long seed;
        @Option(names = "--fault", paramLabel = "ROOT_CAUSE", defaultValue = "TRANSFORM_SET_MISMATCH", completionCandidates = Faults.class, description = "injected fault: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})") String fault;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "case folder to write") Path out;

        @Override public Integer call() throws Exception {
            vpndoctor.bench.ConfigGenerator g = usage(spec, () -> new vpndoctor.bench.ConfigGenerator(entries, members, aclLines, seed, fault));
            Files.createDirectories(out);
            long a = g.writeLocal(out.resolve("local.cfg"));
            long b = g.writePeer(out.resolve("peer.cfg"));
            Files.writeString(out.resolve("faults.json"), g.faultsJson(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("wrote %s/local.cfg (%d lines) and peer.cfg (%d lines); expected result in faults.json%n", out, a, b);
            return 0;
        }
    }

    /** The generator's own list of faults, for the help text and completion. */
    static final class Faults implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return vpndoctor.bench.ConfigGenerator.FAULTS.iterator(); }
    }

    /** A generator refusing its arguments is a usage error (exit 2, with the usage), not an internal one. */
    static <T> T usage(CommandSpec spec, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
