package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.LogEvent;

/**
 * ASA 713034/713035 (subnet), 713024/713025 (host), 713028/713029 (range): the network the peer's quick mode
 * proposes, on every reading path, bare debug, syslog and ASDM's saved log rows alike.
 */
class ReceivedProxyLinesTest {
    private static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        return IngestedLines.read(mode, lines);
    }

    private static LogEvent one(LogIngest.Mode mode, String line) {
        List<LogEvent> events = read(mode, line);
        assertThat(events).as(mode + ": " + line).hasSize(1);
        assertThat(events.get(0).getKind()).as(line).isEqualTo("PROXY_RECEIVED");
        assertThat(events.get(0).getPeer()).as(line).isEqualTo("203.0.113.9");
        return events.get(0);
    }

    @Test
    void subnetHostAndRangeFormsGiveTheProposedNetwork() {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            LogEvent subnet = one(mode, "Dec 07 09:00:01 asa %ASA-7-713035: Group = 203.0.113.9, IP = 203.0.113.9, Received remote IP Proxy Subnet data in ID Payload:   Address 10.9.0.0, Mask 255.255.0.0, Protocol 0, Port 0");
            assertThat(subnet.attr("remoteProxy")).isEqualTo("10.9.0.0/16");
            assertThat(subnet.attr("proxyProto")).isEqualTo("0");
            LogEvent local = one(mode, "[IKEv1]: Group = 203.0.113.9, IP = 203.0.113.9, Received local IP Proxy Subnet data in ID Payload:   Address 192.168.9.0, Mask 255.255.255.0, Protocol 6, Port 443");
            assertThat(local.attr("localProxy")).isEqualTo("192.168.9.0/24");
            assertThat(local.attr("proxyProto")).isEqualTo("6");
            assertThat(local.attr("proxyPort")).isEqualTo("443");
            LogEvent host = one(mode, "Dec 07 09:00:01 asa %ASA-7-713025: Group = 203.0.113.9, IP = 203.0.113.9, Received remote Proxy Host data in ID Payload:  Address 10.9.1.5, Protocol 17, Port 53");
            assertThat(host.attr("remoteProxy")).isEqualTo("10.9.1.5/32");
            LogEvent block = one(mode, "Dec 07 09:00:01 asa %ASA-7-713029: Group = 203.0.113.9, IP = 203.0.113.9, Received remote Proxy Range data in ID Payload:  Addresses 10.9.0.0 - 10.9.0.255, Protocol 0, Port 0");
            assertThat(block.attr("remoteProxy")).isEqualTo("10.9.0.0/24");
            LogEvent range = one(mode, "Dec 07 09:00:01 asa %ASA-7-713028: Group = 203.0.113.9, IP = 203.0.113.9, Received local Proxy Range data in ID Payload:  Addresses 10.9.0.1 - 10.9.0.9, Protocol 0, Port 0");
            assertThat(range.attr("localProxy")).isEqualTo("10.9.0.1-10.9.0.9");
        }
    }

    @Test
    void anAsdmSavedLogRowIsTheDevicesMessage() {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) {
            LogEvent e = one(mode, "7|Oct 14 2016|22:46:14|713035|||||Group = 203.0.113.9, IP = 203.0.113.9, Received remote IP Proxy Subnet data in ID Payload:   Address 10.0.0.0, Mask 255.255.0.0, Protocol 0, Port 0");
            assertThat(e.attr("remoteProxy")).isEqualTo("10.0.0.0/16");
        }
        Envelope.Stripped s = Envelope.strip("5|Oct 14 2016|22:46:20|713119|||||Group = 203.0.113.9, IP = 203.0.113.9, PHASE 1 COMPLETED");
        assertThat(s.message()).isEqualTo("%ASA-5-713119: Group = 203.0.113.9, IP = 203.0.113.9, PHASE 1 COMPLETED");
        assertThat(s.time()).isEqualTo("Oct 14 2016 22:46:20");
        // a line that only starts like one is left as it is
        assertThat(Envelope.strip("1|2|3").message()).isEqualTo("1|2|3");
    }
}
