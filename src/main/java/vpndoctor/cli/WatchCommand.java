package vpndoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.Diagnoser;
import vpndoctor.monitor.DeviceConfigs;
import vpndoctor.monitor.Monitor;
import vpndoctor.watch.ChangeFormat;
import vpndoctor.watch.Watch;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch live syslog and report each tunnel's verdict changes (fault, changed, cleared) as they happen.",
                "FILE is followed like tail -F (rotation and truncation included); '-' reads standard input to its end.",
                "One JSON line per change on standard output (a readable line on a terminal); the summary on standard error."})
public final class WatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RulesOption rules;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "log files to follow, or '-' for standard input")
    List<String> files = new ArrayList<>();

    @Option(names = "--udp", paramLabel = "PORT", description = "receive syslog on this UDP port")
    Integer udp;

    @Option(names = "--tcp", paramLabel = "PORT", description = "receive syslog on this TCP port")
    Integer tcp;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "address the syslog listeners bind to (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--configs", paramLabel = "DIR", description = "device configs (*.cfg, *.txt, *.conf), found by hostname and interface address")
    Path configs;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "15m", description = "evidence kept per tunnel (default: ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--debounce", paramLabel = "DURATION", defaultValue = "2s", description = "quiet time before a tunnel is diagnosed again (default: ${DEFAULT-VALUE})")
    String debounce;

    @Option(names = "--from-start", description = "read what the files already hold (default: only what is appended, as tail -F)")
    boolean fromStart;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: text on a terminal, else json)")
    String format;

    @Option(names = "--stop-after", paramLabel = "DURATION", description = "stop by itself after this long (tests, bounded runs)")
    String stopAfter;

    @Override public Integer call() throws Exception {
        if (files.isEmpty() && udp == null && tcp == null) throw new ErrorHandler.UsageProblem("watch: name a FILE, '-', --udp PORT or --tcp PORT", 2);
        boolean stdin = files.contains("-");
        if (stdin && files.size() > 1) throw new ErrorHandler.UsageProblem("watch: '-' reads standard input to its end; it cannot be mixed with files", 2);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnoser doctor = rules.build();
        DeviceConfigs dc = new DeviceConfigs();
        if (configs != null) loadConfigs(configs, dc);
        Monitor monitor = Monitor.builder(doctor).window(duration(window)).debounce(duration(debounce)).configs(dc).build();
        boolean json = format != null ? format.equalsIgnoreCase("json") : System.console() == null;
        monitor.addListener(c -> {
            synchronized (out) {
                out.println(json ? ChangeFormat.json(c) : ChangeFormat.text(c));
                out.flush();
            }
        });
        long t0 = System.nanoTime();
        Watch watch = new Watch(monitor).start();
        AtomicBoolean done = new AtomicBoolean();
        Runnable finish = () -> {
            if (!done.compareAndSet(false, true)) return;
            watch.close();
            err.print(ChangeFormat.summary(monitor, (System.nanoTime() - t0) / 1e9));
            err.flush();
        };
        Thread hook = new Thread(finish, "vpn-doctor-stop");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C, SIGTERM: stop cleanly with the summary
        try {
            if (stdin) {
                watch.readToEnd("stdin", System.in);
            } else {
                InetAddress addr = InetAddress.getByName(bind);
                if (udp != null) err.println("vpn-doctor watch: syslog on udp " + addr.getHostAddress() + ":" + watch.syslog().udp(addr, udp));
                if (tcp != null) err.println("vpn-doctor watch: syslog on tcp " + addr.getHostAddress() + ":" + watch.syslog().tcp(addr, tcp));
                if (!files.isEmpty()) {
                    watch.follow(files.stream().map(Path::of).toList(), fromStart, 200);
                    err.println("vpn-doctor watch: following " + String.join(", ", files) + (fromStart ? " from the start" : " (new lines only; --from-start reads what is there)"));
                }
                err.flush();
                long until = stopAfter == null ? Long.MAX_VALUE : System.nanoTime() + duration(stopAfter).toNanos();
                while (watch.running() && System.nanoTime() < until) Thread.sleep(100);
            }
        } finally {
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        return 0;
    }

    static void loadConfigs(Path dir, DeviceConfigs dc) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && (n.endsWith(".cfg") || n.endsWith(".txt") || n.endsWith(".conf"))) dc.register(n, Files.readString(p));
            }
        }
    }

    /** "15m", "2s", "500ms", "1h", a number of seconds, or ISO-8601 ("PT15M"). */
    static Duration duration(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            char u = t.charAt(t.length() - 1);
            if (Character.isDigit(u)) return Duration.ofSeconds(Long.parseLong(t));
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (u) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new ErrorHandler.UsageProblem("not a duration: '" + s + "' (use 15m, 2s, 500ms, 1h)", 2);
        }
    }
}
