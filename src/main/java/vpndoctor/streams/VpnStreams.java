package vpndoctor.streams;

import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import vpndoctor.monitor.Monitor;

/**
 * The Kafka Streams topology: raw syslog lines (input topic, keyed by device) are attributed to
 * their tunnel ({@link AttributeLines}), repartitioned by tunnel so a tunnel's evidence lands on one
 * task, and diagnosed there by the same {@link Monitor} as {@code watch} ({@link DiagnoseTunnels}),
 * with each tunnel's window in a changelogged store; verdict changes go to the output topic as the
 * JSON lines {@code watch} prints, keyed by tunnel. Stores are in memory unless RocksDB is asked
 * for (then add org.rocksdb:rocksdbjni to the class path). Parallelism = the input topic's partitions.
 */
public final class VpnStreams {
    /** The state store (its changelog topic is {@code <application.id>-vpn-doctor-tunnels-changelog}). */
    public static final String STORE = "vpn-doctor-tunnels";
    /** The repartition topic's name inside the application ({@code <application.id>-vpn-doctor-by-tunnel-repartition}). */
    public static final String BY_TUNNEL = "vpn-doctor-by-tunnel";
    /** A tunnel's stored window can exceed Kafka's 1 MB default (5000 lines of up to ~1 KB): the changelog and producer allow this much. */
    static final int MAX_STATE_BYTES = 16 * 1024 * 1024;

    private VpnStreams() {}

    /**
     * @param monitors a fresh builder per task (the diagnoser, configs, window, debounce...); its
     *                 clock is replaced by Kafka Streams' processing time
     * @param rocksdb  persistent RocksDB stores instead of in-memory ones (both are changelogged)
     */
    public static Topology topology(String inTopic, String outTopic, Supplier<Monitor.Builder> monitors, boolean rocksdb) {
        StreamsBuilder b = new StreamsBuilder();
        KeyValueBytesStoreSupplier supplier = rocksdb ? Stores.persistentKeyValueStore(STORE) : Stores.inMemoryKeyValueStore(STORE);
        StoreBuilder<KeyValueStore<String, Monitor.TunnelState>> store = Stores.keyValueStoreBuilder(supplier, Serdes.String(), Codec.tunnelStates())
                .withLoggingEnabled(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_STATE_BYTES)))
                .withCachingEnabled(); // a tunnel written after every line reaches the changelog once per commit
        b.addStateStore(store);
        b.stream(inTopic, Consumed.with(Serdes.String(), Serdes.String()).withName("vpn-doctor-syslog"))
                .process(AttributeLines::new, Named.as("vpn-doctor-attribute"))
                .repartition(Repartitioned.with(Serdes.String(), Codec.keyedLines()).withName(BY_TUNNEL))
                .process(() -> new DiagnoseTunnels(monitors, STORE), Named.as("vpn-doctor-diagnose"), STORE)
                .to(outTopic, Produced.with(Serdes.String(), Serdes.String()).withName("vpn-doctor-verdicts"));
        return b.build();
    }

    /** The settings a real cluster needs: exactly-once, and room for a tunnel's stored window. */
    public static Properties properties(String applicationId, String bootstrapServers) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_STATE_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_STATE_BYTES);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1); // a warm copy of each task's store elsewhere: fail-over without replaying the changelog
        return p;
    }
}
