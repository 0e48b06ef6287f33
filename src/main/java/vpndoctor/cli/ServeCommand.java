package vpndoctor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vpndoctor.Diagnoser;
import vpndoctor.monitor.DeviceConfigs;
import vpndoctor.monitor.Monitor;
import vpndoctor.serve.ApiServer;
import vpndoctor.watch.Watch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Answer over HTTP: POST /v1/diagnose, POST /v1/predict, GET /v1/tunnels (with --watch), /health, /v1/rules, /openapi.json.",
                "Bound to 127.0.0.1 unless --bind says otherwise; Ctrl-C or SIGTERM stops it."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--token-env", paramLabel = "VAR", description = "require 'Authorization: Bearer <value of environment variable VAR>' (all but /health)")
    String tokenEnv;

    @Option(names = "--watch", paramLabel = "FILE", description = "follow these logs (tail -F) and answer /v1/tunnels from them")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--configs", paramLabel = "DIR", description = "device configs for the watched tunnels")
    Path configs;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "10485760", description = "largest request body (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", description = "longest a diagnosis may take, waiting for a slot included (default: ${DEFAULT-VALUE})")
    String timeout;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "4", description = "diagnoses at once (default: ${DEFAULT-VALUE})")
    int maxConcurrent;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String token = null;
        if (tokenEnv != null) {
            token = System.getenv(tokenEnv);
            if (token == null || token.isBlank()) throw new ErrorHandler.UsageProblem("serve: environment variable " + tokenEnv + " is empty", 2);
        }
        if (maxConcurrent < 1) throw new ErrorHandler.UsageProblem("serve: --max-concurrent must be at least 1", 2);
        Diagnoser doctor = rules.build();
        Monitor monitor = null;
        Watch w = null;
        if (!watch.isEmpty()) {
            DeviceConfigs dc = new DeviceConfigs();
            if (configs != null) WatchCommand.loadConfigs(configs, dc);
            monitor = Monitor.builder(doctor).configs(dc).build();
            w = new Watch(monitor).start();
            w.follow(watch, true, 200);
        }
        ApiServer.Settings settings = ApiServer.Settings.defaults().withPort(port).withBind(bind).withToken(token)
                .withLimits(maxBody, WatchCommand.duration(timeout).toMillis(), maxConcurrent);
        ApiServer server = new ApiServer(doctor, monitor, settings).start();
        err.println("vpn-doctor serve: listening on http://" + bind + ":" + server.port() + (token != null ? " (bearer token required)" : ""));
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Watch watching = w;
        Thread hook = new Thread(() -> {
            server.close();
            if (watching != null) watching.close();
            stopped.countDown();
        }, "vpn-doctor-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
