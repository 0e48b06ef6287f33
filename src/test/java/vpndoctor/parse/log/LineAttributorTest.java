package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineAttributorTest {
    @Test
    void peerTimeAndDeviceOfOneLine() {
        LineAttributor a = new LineAttributor();
        LineAttributor.Line l = a.attribute("f", "Nov 26 10:00:01 asa-hq %ASA-5-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED");
        assertThat(l.peer()).isEqualTo("203.0.113.2");
        assertThat(l.vpn()).isTrue();
        assertThat(l.time()).isEqualTo("Nov 26 10:00:01");
        assertThat(l.device()).isEqualTo("asa-hq");
    }

    @Test
    void rfc5424HostIsTheDevice() {
        LineAttributor.Line l = new LineAttributor().attribute("udp",
                "<165>1 2026-11-26T10:00:02Z fw-br2 - - - - %ASA-5-713904: IP = 203.0.113.9, Received encrypted packet with no matching SA, dropping");
        assertThat(l.device()).isEqualTo("fw-br2");
        assertThat(l.peer()).isEqualTo("203.0.113.9");
    }

    @Test
    void aLineNamingNoPeerGoesToItsDevicesTunnelButConnectionLinesDoNot() {
        LineAttributor a = new LineAttributor();
        a.attribute("f", "Nov 26 10:00:01 asa-hq %ASA-5-713119: Group = 203.0.113.2, IP = 203.0.113.2, PHASE 1 COMPLETED");
        a.attribute("f", "Nov 26 10:00:01 asa-b %ASA-5-713119: Group = 203.0.113.7, IP = 203.0.113.7, PHASE 1 COMPLETED");
        LineAttributor.Line conn = a.attribute("f", "Nov 26 10:00:02 asa-hq %ASA-6-302013: Built outbound TCP connection 1 for outside:8.8.8.8/53 (8.8.8.8/53) to inside:10.0.0.1/5353 (198.51.100.1/5353)");
        assertThat(conn.peer()).isNull();
        LineAttributor.Line noise = a.attribute("f", "Nov 26 10:00:02 asa-hq %ASA-5-111008: User 'admin' executed the 'show running-config' command.");
        assertThat(noise.vpn()).isFalse();
        assertThat(noise.peer()).isNull();
        LineAttributor.Line hq = a.attribute("f", "Nov 26 10:00:03 asa-hq %ASA-7-715999: isakmp frobnicated the widget");
        LineAttributor.Line b = a.attribute("f", "Nov 26 10:00:03 asa-b %ASA-7-715999: isakmp frobnicated the widget");
        assertThat(hq.vpn()).isTrue();
        assertThat(hq.peer()).isEqualTo("203.0.113.2");
        assertThat(b.peer()).isEqualTo("203.0.113.7");
    }
}
