package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * A central syslog holding two firewalls: their connection and NAT lines (302013/302014, 305011) name
 * their host like every other line, and each event is its firewall's. The same connection seen by two
 * firewalls is two events, not one; a line with no host is no device's. The byte scan and the full
 * path read the same devices.
 */
class ConnectionDevicesTest {
    private static final String LOG = String.join("\n",
            "Dec  6 10:00:01 asa-east %ASA-6-302013: Built outbound TCP connection 101 for outside:192.0.2.80/443 (192.0.2.80/443) to inside:10.1.1.10/51000 (203.0.113.2/51000)",
            "Dec  6 10:00:02 asa-west %ASA-6-302013: Built outbound TCP connection 202 for outside:192.0.2.80/443 (192.0.2.80/443) to inside:10.1.1.10/51000 (198.51.100.2/51000)",
            "Dec  6 10:00:03 asa-east %ASA-6-305011: Built dynamic TCP translation from inside:10.1.1.10/51000 to outside:203.0.113.2/51000",
            "Dec  6 10:00:04 asa-west %ASA-6-305011: Built dynamic TCP translation from inside:10.1.1.10/51001 to outside:198.51.100.2/51001",
            "<166>Dec 06 2026 10:00:05 asa-west : %ASA-6-302014: Teardown TCP connection 202 for outside:192.0.2.80/443 to inside:10.1.1.10/51000 duration 0:00:04 bytes 1200 TCP FINs",
            "%ASA-6-302014: Teardown TCP connection 101 for outside:192.0.2.80/443 to inside:10.1.1.10/51000 duration 0:00:04 bytes 1200 TCP Reset-O",
            "Dec  6 10:00:06 asa-east %ASA-6-302013: Built outbound TCP connection 103 for outside:192.0.2.80/443 (192.0.2.80/443) to inside:10.1.1.10/51002 (203.0.113.2/51002)") + "\n";

    private static List<String> read(LogIngest.Mode mode) {
        LogIngest ingest = new LogIngest(new InputAccounting(), mode);
        try {
            ingest.read("central.log", new ByteArrayInputStream(LOG.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return ingest.events().stream().map(e -> e.getKind() + " " + e.getDevice() + " x" + e.getCount()).toList();
    }

    @Test
    void eachFirewallsConnectionLinesAreItsOwnInEveryWayOfReading() {
        List<String> strings = read(LogIngest.Mode.STRINGS);
        assertThat(strings).containsExactly(
                "CONN_BUILT asa-east x2", "CONN_BUILT asa-west x1",
                "XLATE_BUILT asa-east x1", "XLATE_BUILT asa-west x1",
                "CONN_TEARDOWN asa-west x1", "CONN_TEARDOWN null x1");
        assertThat(read(LogIngest.Mode.SCAN)).isEqualTo(strings);
        assertThat(read(LogIngest.Mode.PARALLEL)).isEqualTo(strings);
    }
}
