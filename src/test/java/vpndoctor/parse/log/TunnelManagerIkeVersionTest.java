package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * The ASA/FTD tunnel manager (752xxx) hands a key acquire to IKEv1 or IKEv2 and says which; every 75xxxx line was
 * stamped IKEv2 (found by the session-14 fault collector on a real FTD 7 line), which could steer a version rule.
 */
class TunnelManagerIkeVersionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dec 06 10:00:01 ftd1 %FTD-vpn-5-752004: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv1.  Map Tag = CSM_outside_map.  Map Sequence Number = 1.|1",
            "Dec 06 10:00:01 asa1 %ASA-5-752004: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv1.  Map Tag = outside_map.  Map Sequence Number = 10.|1",
            "Dec 06 10:00:01 asa1 %ASA-5-752003: Tunnel Manager dispatching a KEY_ACQUIRE message to IKEv2.  Map Tag = outside_map.  Map Sequence Number = 10.|2"})
    void theVersionIsTheOneTheLineNames(String line, String ikev) throws IOException {
        for (LogIngest.Mode mode : LogIngest.Mode.values()) { // every reading path
            LogIngest ingest = new LogIngest(new InputAccounting(), mode);
            ingest.read("probe.log", new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.US_ASCII)));
            List<LogEvent> events = List.copyOf(ingest.events());
            assertThat(events).as(mode.name()).hasSize(1);
            assertThat(events.get(0).attr("ikev")).as(mode.name()).isEqualTo(ikev);
        }
    }
}
