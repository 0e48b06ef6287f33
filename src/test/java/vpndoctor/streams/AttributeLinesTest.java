package vpndoctor.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.monitor.Monitor;

/** Step 1's keys on the repartition topic: a tunnel's lines by tunnel, a peerless VPN line by device, noise not at all. */
class AttributeLinesTest {
    @Test
    void linesAreKeyedByTunnelElseByDeviceAndNoiseStays(@TempDir Path dir) {
        Properties p = VpnStreams.properties("attr-test", "localhost:9");
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        Diagnoser doctor = Diagnoser.withBundledRules();
        try (var driver = new TopologyTestDriver(VpnStreams.topology("in", "out", () -> Monitor.builder(doctor), false), p)) {
            var in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            var by = driver.createOutputTopic("attr-test-" + VpnStreams.BY_TUNNEL + "-repartition", new StringDeserializer(), Codec.keyedLines().deserializer());
            Instant t = Instant.parse("2026-11-26T10:00:00Z");
            in.pipeInput("web1", "Nov 26 10:00:01 web1 sshd[4242]: Accepted publickey for deploy from 192.0.2.44 port 50022 ssh2", t);
            in.pipeInput("asa-hq", "Nov 26 10:00:02 asa-hq %ASA-4-713903: Group = 203.0.113.9, IP = 203.0.113.9, ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting", t);
            in.pipeInput("asa-br", "Nov 26 10:00:03 asa-br %ASA-3-713902: Removing peer from correlator table failed, no match!", t);
            var recs = by.readKeyValuesToList();
            assertThat(recs).extracting(kv -> kv.key).containsExactly("203.0.113.9", AttributeLines.DEVICE_PREFIX + "asa-br");
            assertThat(recs.get(0).value.time()).isEqualTo(Instant.parse("2026-11-26T10:00:02Z"));
            assertThat(recs.get(0).value.device()).isEqualTo("asa-hq");
            assertThat(recs.get(1).value.peer()).isNull();
        }
    }
}
