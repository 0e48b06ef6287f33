package vpndoctor.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Diagnoser;
import vpndoctor.bench.MonitorDay;
import vpndoctor.monitor.ManualClock;
import vpndoctor.monitor.Monitor;
import vpndoctor.monitor.MonitorDayTest;
import vpndoctor.monitor.VerdictChange;
import vpndoctor.result.Finding;

/**
 * The generated day through the Kafka Streams topology (TopologyTestDriver, no broker): the same
 * verdict changes per tunnel as the Monitor and watch tests, and the same again when the work
 * moves to a new instance halfway through a fault, its store rebuilt from the changelog.
 */
class VpnStreamsDayTest {
    static final String IN = "syslog", OUT = "vpn-verdicts", APP = "vpn-doctor-test";
    static final String CHANGELOG = APP + "-" + VpnStreams.STORE + "-changelog";
    static final ObjectMapper JSON = new ObjectMapper();
    static Diagnoser doctor;

    @BeforeAll
    static void rules() { doctor = vpndoctor.TestDoctor.get(); } // the run's one rule base: a static one per class would stay reachable for the whole run

    /** One instance: the topology, its driver, its topics. */
    static final class Instance implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, String> in;
        final TestOutputTopic<String, String> out;

        Instance(Path stateDir, Instant wallClock) {
            Properties p = VpnStreams.properties(APP, "localhost:9");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            driver = new TopologyTestDriver(VpnStreams.topology(IN, OUT, () -> Monitor.builder(doctor).window(Duration.ofMinutes(15)), false), p, wallClock);
            in = driver.createInputTopic(IN, new StringSerializer(), new StringSerializer());
            out = driver.createOutputTopic(OUT, new StringDeserializer(), new StringDeserializer());
        }

        void feed(List<MonitorDay.Timed> lines) {
            for (MonitorDay.Timed t : lines) in.pipeInput("asa-hq", t.line(), MonitorDayTest.DAY.plusSeconds(t.second()));
        }

        /** End of input: the wall clock moves past the debounce, the punctuation diagnoses what is pending. */
        void quiet() { driver.advanceWallClockTime(Duration.ofMinutes(1)); }

        List<VerdictChange> changes() {
            List<VerdictChange> got = new ArrayList<>();
            for (TestRecord<String, String> r : out.readRecordsToList()) got.add(parse(r.key(), r.value()));
            return got;
        }

        /** The changelog as compaction leaves it: the last value per tunnel, deletions removed. */
        Map<String, Monitor.TunnelState> changelog() {
            Map<String, Monitor.TunnelState> last = new LinkedHashMap<>();
            var topic = driver.createOutputTopic(CHANGELOG, new StringDeserializer(), Codec.tunnelStates().deserializer());
            for (TestRecord<String, Monitor.TunnelState> r : topic.readRecordsToList()) {
                if (r.value() == null) last.remove(r.key()); else last.put(r.key(), r.value());
            }
            return last;
        }

        @Override public void close() { driver.close(); }
    }

    /** A verdict change read back from the output topic's JSON line (the format watch prints). */
    static VerdictChange parse(String key, String json) {
        try {
            JsonNode n = JSON.readTree(json);
            assertThat(n.get("tunnel").asText()).isEqualTo(key);
            List<Finding> causes = new ArrayList<>();
            for (JsonNode c : n.get("rootCauses")) {
                causes.add(new Finding(c.get("id").asText(), c.get("confidence").asDouble(), key, null, null, List.of(), List.of(), List.of(), false, List.of(), List.of(), null));
            }
            List<String> previous = new ArrayList<>();
            n.get("previous").forEach(x -> previous.add(x.asText()));
            return new VerdictChange(Instant.parse(n.get("time").asText()), key, VerdictChange.Event.valueOf(n.get("event").asText().toUpperCase()), causes, previous);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void generatedDayGivesTheScheduledChangesPerTunnel(@TempDir Path dir) {
        MonitorDay day = MonitorDay.standard(7);
        List<VerdictChange> got;
        try (Instance i = new Instance(dir, MonitorDayTest.DAY)) {
            long t0 = System.nanoTime();
            i.feed(day.lines());
            i.quiet();
            got = i.changes();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("topology (driver, one task): %d lines in %.1f s, %.0f lines/s%n", day.lines().size(), s, day.lines().size() / s);
        }
        got.forEach(c -> System.out.println(c.time() + " " + c.tunnel() + " " + c.event() + " " + c.ids() + " was " + c.previous()));
        MonitorDayTest.assertMatches(got, day);
        assertThat(got).noneMatch(c -> c.tunnel().equals(day.schedules().get(0).tunnel().peer()));
        // exactly what one Monitor fed the same lines reports (as watch feeds it: tick when the lines' time moved on)
        Monitor m = Monitor.builder(doctor).clock(new ManualClock(MonitorDayTest.DAY)).window(Duration.ofMinutes(15)).build();
        List<VerdictChange> single = new ArrayList<>();
        m.addListener(single::add);
        for (MonitorDay.Timed t : day.lines()) if (m.feed(t.line())) m.tick();
        m.flush();
        assertThat(described(got)).isEqualTo(described(single));
    }

    static List<String> described(List<VerdictChange> cs) {
        return cs.stream().map(c -> c.time() + " " + c.tunnel() + " " + c.event() + " " + c.ids()).toList();
    }

    /** Cut at 3 h, inside tunnel 1's PSK fault (2 h to 4 h): the second instance must know the fault to report its end only. */
    static final long CUT = 3 * 3600;

    @Test
    void aNewInstanceRestoredFromTheChangelogContinuesWithTheSameVerdicts(@TempDir Path dir) {
        MonitorDay day = MonitorDay.standard(7);
        List<MonitorDay.Timed> before = day.lines().stream().filter(t -> t.second() < CUT).toList();
        List<MonitorDay.Timed> after = day.lines().stream().filter(t -> t.second() >= CUT).toList();
        List<VerdictChange> got = new ArrayList<>();
        Map<String, Monitor.TunnelState> changelog;
        try (Instance first = new Instance(dir.resolve("a"), MonitorDayTest.DAY)) {
            first.feed(before);
            got.addAll(first.changes());
            changelog = first.changelog();
        }
        assertThat(changelog).isNotEmpty();
        assertThat(changelog.values()).anyMatch(s -> !s.verdict().isEmpty()); // a fault is open at the cut
        try (Instance second = new Instance(dir.resolve("b"), MonitorDayTest.DAY.plusSeconds(CUT))) {
            KeyValueStore<String, Monitor.TunnelState> store = second.driver.getKeyValueStore(VpnStreams.STORE);
            changelog.forEach(store::put); // what Kafka Streams does from the changelog before the task runs
            second.feed(after);
            second.quiet();
            got.addAll(second.changes());
        }
        MonitorDayTest.assertMatches(got, day);
    }

    /** The control: without the changelog, the second instance does not know the open fault, and the sequence differs. */
    @Test
    void withoutTheChangelogTheSequenceDiffers(@TempDir Path dir) {
        MonitorDay day = MonitorDay.standard(7);
        List<VerdictChange> got = new ArrayList<>();
        try (Instance first = new Instance(dir.resolve("a"), MonitorDayTest.DAY)) {
            first.feed(day.lines().stream().filter(t -> t.second() < CUT).toList());
            got.addAll(first.changes());
        }
        try (Instance second = new Instance(dir.resolve("b"), MonitorDayTest.DAY.plusSeconds(CUT))) {
            second.feed(day.lines().stream().filter(t -> t.second() >= CUT).toList());
            second.quiet();
            got.addAll(second.changes());
        }
        assertThatThrownBy(() -> MonitorDayTest.assertMatches(got, day)).isInstanceOf(AssertionError.class);
    }

    @Test
    void storedStateSurvivesItsCodec() {
        var s = new Monitor.TunnelState("198.51.100.7", "asa-hq", List.of(MonitorDayTest.DAY), List.of("a line"),
                List.of(new Finding("PSK_MISMATCH", 0.9, "198.51.100.7", "ASA", "keys differ", List.of("set the key"), List.of(), List.of(), false, List.of(), List.of(), null)),
                MonitorDayTest.DAY, false, true);
        var serde = Codec.tunnelStates();
        var back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", s));
        assertThat(back.peer()).isEqualTo(s.peer());
        assertThat(back.device()).isEqualTo("asa-hq");
        assertThat(back.times()).isEqualTo(s.times());
        assertThat(back.lines()).isEqualTo(s.lines());
        assertThat(back.verdict()).extracting(Finding::id, Finding::confidence, Finding::summary, Finding::remediation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PSK_MISMATCH", 0.9, "keys differ", List.of("set the key")));
        assertThat(back.since()).isEqualTo(s.since());
        assertThat(back.pending()).isTrue();
    }
}
