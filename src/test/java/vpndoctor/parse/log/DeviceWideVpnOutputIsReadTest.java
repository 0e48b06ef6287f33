package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;

/**
 * ASA/FTD output about the device, not a tunnel, is read without a fact: 'show crypto debug-condition' (the
 * conditional debug's filters) and the IPsec rows of 'show asp drop' (counters since the last clearing: no
 * tunnel, no time). They are not listed as unrecognized (case 423), while a VPN message in the same paste still
 * gives its fact.
 */
class DeviceWideVpnOutputIsReadTest {
    private static final String VPN_LINE = "Dec 06 2026 10:00:03: %FTD-5-713904: IP = 198.51.100.9, Received encrypted packet with no matching SA, dropping";

    private static InputAccounting read(LogIngest.Mode mode, List<String> lines, List<LogEvent> events) throws IOException {
        InputAccounting acct = new InputAccounting();
        LogIngest ingest = new LogIngest(acct, mode);
        ingest.read("probe.log", new java.io.ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        events.addAll(ingest.events());
        return acct;
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void debugConditionAndAspDropRowsAreReadNotUnrecognized(LogIngest.Mode mode) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("facts-samples/423-ftd-cli-debug-condition-asp-drop-ikev2-up/ftd-cli.log")));
        lines.add(VPN_LINE);
        List<LogEvent> events = new ArrayList<>();
        InputAccounting acct = read(mode, lines, events);
        assertThat(acct.getUnrecognized()).isZero();
        assertThat(events).extracting(LogEvent::getKind).contains("SHOW_ISAKMP_SA");
        assertThat(events).filteredOn(e -> "198.51.100.9".equals(e.getPeer())).isNotEmpty();
    }
}
