package vpndoctor.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
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

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run the diagnosis on a Kafka cluster (Kafka Streams): syslog lines in, verdict changes out.",
                "Raw syslog lines from --in (keyed by device), verdict changes to --out as the JSON lines watch prints (keyed by tunnel).",
                "Start more instances with the same --application-id to share the work (parallelism = the input topic's partitions). Exactly-once by default."})
public final class StreamsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RulesOption rules;

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT[,...]", description = "the cluster's bootstrap servers")
    String bootstrap;

    @Option(names = "--in", required = true, paramLabel = "TOPIC", description = "raw syslog lines, one per record, keyed by device")
    String in;

    @Option(names = "--out", required = true, paramLabel = "TOPIC", description = "verdict changes, one JSON line per record, keyed by tunnel")
    String out;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "vpn-doctor", description = "Kafka Streams application.id: names the consumer group and internal topics (default: ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--configs", paramLabel = "DIR", description = "device configs (*.cfg, *.txt, *.conf), found by hostname and interface address")
    java.nio.file.Path configs;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "15m", description = "evidence kept per tunnel (default: ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--debounce", paramLabel = "DURATION", defaultValue = "2s", description = "quiet time before a tunnel is diagnosed again (default: ${DEFAULT-VALUE})")
    String debounce;

    @Option(names = "--rocksdb", description = "RocksDB state stores instead of in-memory ones (needs org.rocksdb:rocksdbjni on the class path)")
    boolean rocksdb;

    @Option(names = {"-p", "--property"}, paramLabel = "KEY=VALUE", description = "any Kafka Streams or client setting (security.protocol, num.stream.threads, ...)")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override public Integer call() throws Exception {
        if (rocksdb) {
            try {
                Class.forName("org.rocksdb.RocksDB");
            } catch (ClassNotFoundException e) {
                throw new ErrorHandler.UsageProblem("streams: --rocksdb needs org.rocksdb:rocksdbjni on the class path", 2);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Diagnoser doctor = rules.build();
        DeviceConfigs dc = new DeviceConfigs();
        if (configs != null) WatchCommand.loadConfigs(configs, dc);
        var window = WatchCommand.duration(this.window);
        var debounce = WatchCommand.duration(this.debounce);
        Properties p = vpndoctor.streams.VpnStreams.properties(applicationId, bootstrap);
        p.putAll(properties);
        var topology = vpndoctor.streams.VpnStreams.topology(in, out, () -> Monitor.builder(doctor).window(window).debounce(debounce).configs(dc), rocksdb);
        CountDownLatch stopped = new CountDownLatch(1);
        var failed = new java.util.concurrent.atomic.AtomicBoolean();
        try (var streams = new org.apache.kafka.streams.KafkaStreams(topology, p)) {
            streams.setStateListener((now, before) -> {
                err.println("vpn-doctor streams: " + before + " -> " + now);
                err.flush();
                if (now == org.apache.kafka.streams.KafkaStreams.State.ERROR) failed.set(true);
                if (now == org.apache.kafka.streams.KafkaStreams.State.NOT_RUNNING || now == org.apache.kafka.streams.KafkaStreams.State.ERROR) stopped.countDown();
            });
            // Ctrl-C, SIGTERM: close within the hook (commits, leaves the group), so the JVM does not halt halfway
            Thread hook = new Thread(() -> {
                streams.close(java.time.Duration.ofSeconds(30));
                stopped.countDown();
            }, "vpn-doctor-streams-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            streams.start();
            stopped.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        return failed.get() ? 1 : 0;
    }
}
