package vpndoctor.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vpndoctor.Diagnoser;

class MonitorTest {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static Diagnoser doctor;

    @BeforeAll
    static void rules() { doctor = vpndoctor.TestDoctor.get(); } // the run's one rule base: a static one per class would stay reachable for the whole run

    static String psk(String peer, int i) {
        return "Nov 26 10:00:" + String.format("%02d", i % 60) + " asa-hq %ASA-4-713903: Group = " + peer + ", IP = " + peer
                + ", ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting";
    }

    @Test
    void aBurstOf500LinesIsOneDiagnosisOnceQuiet() {
        ManualClock clock = new ManualClock(T0);
        Monitor m = Monitor.builder(doctor).clock(clock).debounce(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(30)).build();
        List<VerdictChange> got = new ArrayList<>();
        m.addListener(got::add);
        for (int i = 0; i < 500; i++) {
            m.feed(psk("203.0.113.9", 1)); // one second of the lines' time: a burst
            if (i % 50 == 0) { clock.advance(Duration.ofMillis(100)); m.tick(); }
        }
        assertThat(m.stats().diagnoses).isZero(); // still within the burst
        clock.advance(Duration.ofSeconds(2));
        m.tick();
        assertThat(m.stats().diagnoses).isEqualTo(1);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).event()).isEqualTo(VerdictChange.Event.FAULT);
        assertThat(got.get(0).ids()).contains("PSK_MISMATCH");
        assertThat(m.tick()).isEmpty(); // nothing new: no second diagnosis
        assertThat(m.stats().diagnoses).isEqualTo(1);
    }

    @Test
    void aFailureOfOneDeviceIsReportedWhileAnotherDevicesTunnelToThatPeerIsUp() {
        // a central syslog: asa-hq fails on the key with 203.0.113.9 while asa-dc2's tunnel to it comes up;
        // one window of that peer holds both, and the diagnosis keeps them apart (203.0.113.9@asa-hq)
        ManualClock clock = new ManualClock(T0);
        Monitor m = Monitor.builder(doctor).clock(clock).build();
        List<VerdictChange> got = new ArrayList<>();
        m.addListener(got::add);
        for (int i = 1; i <= 3; i++) m.feed(psk("203.0.113.9", i));
        m.feed("Nov 26 10:00:05 asa-dc2 %ASA-5-713119: Group = 203.0.113.9, IP = 203.0.113.9, PHASE 1 COMPLETED");
        m.feed("Nov 26 10:00:05 asa-dc2 %ASA-6-602303: IPSEC: An outbound LAN-to-LAN SA (SPI= 0x1A2B3C4D) between 192.0.2.9 and 203.0.113.9 (user= 203.0.113.9) has been created.");
        m.feed("Nov 26 10:00:05 asa-dc2 %ASA-5-713120: Group = 203.0.113.9, IP = 203.0.113.9, PHASE 2 COMPLETED (msgid=0f1e2d3c)");
        m.flush();
        assertThat(m.tunnel("203.0.113.9").rootCauses()).extracting(f -> f.id() + " " + f.tunnel()).containsExactly("PSK_MISMATCH 203.0.113.9@asa-hq");
    }

    @Test
    void idleTunnelsAreEvictedAndNoiseKeepsNoState() {
        ManualClock clock = new ManualClock(T0);
        Monitor m = Monitor.builder(doctor).clock(clock).window(Duration.ofMinutes(1)).build();
        for (int i = 0; i < 20; i++) m.feed(psk("203.0.113." + (i + 1), 1));
        m.flush();
        assertThat(m.tunnels()).hasSize(20);
        for (int i = 0; i < 1000; i++) m.feed("Nov 26 10:05:00 asa-hq %ASA-6-302013: Built outbound TCP connection " + i + " for outside:8.8.8.8/53 (8.8.8.8/53) to inside:10.0.0.1/5353 (198.51.100.1/5353)");
        m.tick();
        assertThat(m.tunnels()).isEmpty();
        assertThat(m.stats().evicted).isEqualTo(20);
    }

    @Test
    void aLineWithoutTimeTakesTheReceivingTime() {
        ManualClock clock = new ManualClock(T0);
        Monitor m = Monitor.builder(doctor).clock(clock).build();
        Instant rx = T0.minusSeconds(30);
        m.feed("%ASA-4-713903: Group = 203.0.113.7, IP = 203.0.113.7, ERROR, had problems decrypting packet, probably due to mismatched pre-shared key.  Aborting", rx);
        assertThat(m.tunnel("203.0.113.7").lastLine()).isEqualTo(rx);
    }

    @Test
    void configsAreFoundByHostnameAndAddress() {
        DeviceConfigs c = new DeviceConfigs();
        c.register("branch.cfg", "hostname br-fw\ninterface outside\n ip address 203.0.113.7 255.255.255.0\n");
        assertThat(c.find("br-fw")).isNotNull();
        assertThat(c.find("BR-FW.example.net")).isNotNull();
        assertThat(c.find("203.0.113.7").name()).isEqualTo("branch.cfg");
        assertThat(c.find("branch")).isNotNull();
        assertThat(c.find("203.0.113.8")).isNull();
    }

    @Test
    void envelopeTimesAreRead() {
        Instant ref = Instant.parse("2026-11-26T12:00:00Z");
        assertThat(EventTime.parse("Nov 26 10:00:01", ref)).isEqualTo(Instant.parse("2026-11-26T10:00:01Z"));
        assertThat(EventTime.parse("Dec 31 23:59:59", Instant.parse("2027-01-01T00:00:10Z"))).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
        assertThat(EventTime.parse("Nov 26 2025 10:00:01.250 UTC", ref)).isEqualTo(Instant.parse("2025-11-26T10:00:01.250Z"));
        assertThat(EventTime.parse("2026-11-26T10:00:01+01:00", ref)).isEqualTo(Instant.parse("2026-11-26T09:00:01Z"));
        assertThat(EventTime.parse("garbage", ref)).isNull();
    }
}
