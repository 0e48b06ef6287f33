package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vpndoctor.model.InputAccounting;
import vpndoctor.model.LogEvent;
import vpndoctor.model.Platform;

/**
 * 'show crypto ikev2 sa' rows carry the platform their form tells: the ASA's row has a Role column (INITIATOR /
 * RESPONDER), IOS's ends at its Status, and the split form (addresses on lines of their own) is IOS-XE's; a row that
 * says neither takes the platform another line of the same file establishes. Before, every such row was "device".
 */
class Ikev2ShowRowPlatformTest {
    private static List<LogEvent> read(LogIngest.Mode mode, String... lines) {
        LogIngest ingest = new LogIngest(new InputAccounting(), mode);
        try {
            ingest.read("show.log", new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return new ArrayList<>(ingest.events());
    }

    private static List<LogEvent> rows(List<LogEvent> es) {
        return es.stream().filter(e -> e.getKind().equals("SHOW_ISAKMP_SA")).toList();
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theAsaRowWithItsRoleColumnIsTheAsas(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, "fw# show crypto ikev2 sa", "", "IKEv2 SAs:", "",
                "Session-id:3, Status:UP-ACTIVE, IKE count:1, CHILD count:1", "",
                "Tunnel-id                 Local                 Remote                fvrf/ivrf             Status         Role",
                " 14624787 203.0.113.41/500      198.51.100.41/500     Global/Global         READY    INITIATOR");
        assertThat(rows(es)).singleElement().satisfies(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theIosRowEndingAtItsStatusIsIoss(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, "br-edge7#show crypto ikev2 sa", " IPv4 Crypto IKEv2  SA", "",
                "Tunnel-id Local                 Remote                fvrf/ivrf            Status",
                "1         192.0.2.14/500        198.51.100.77/500     none/none            IN-NEG");
        assertThat(rows(es)).singleElement().satisfies(e -> assertThat(e.getPlatform()).isEqualTo(Platform.IOS));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void theSplitRowIsIosXes(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, "hub-xe1#show crypto ikev2 sa", " IPv4 Crypto IKEv2  SA", "",
                "Tunnel-id                 fvrf/ivrf            Status", "1                         none/none            IN-NEG",
                "Local  192.0.2.30/500", "Remote 198.51.100.140/500");
        assertThat(rows(es)).singleElement().satisfies(e -> assertThat(e.getPlatform()).isEqualTo(Platform.IOS));
    }

    @ParameterizedTest
    @EnumSource(value = LogIngest.Mode.class, names = {"STRINGS", "PARALLEL"})
    void aRowThatSaysNeitherTakesTheFilesPlatform(LogIngest.Mode mode) {
        List<LogEvent> es = read(mode, "1         192.0.2.14/500        198.51.100.77/500     READY",
                "Dec 06 10:00:03 asa1 %ASA-5-713904: Group = 198.51.100.9, IP = 198.51.100.9, All IPSec SA proposals found unacceptable!");
        assertThat(rows(es)).singleElement().satisfies(e -> assertThat(e.getPlatform()).isEqualTo(Platform.ASA));
    }

    @org.junit.jupiter.api.Test
    void theFindingsOfAPastedTableNameItsPlatform() {
        assertThat(vpndoctor.TestDoctor.diagnoseSample("157-show-crypto-ikev2-sa").hypotheses()).isNotEmpty().allSatisfy(f -> assertThat(f.platform()).isEqualTo("ASA"));
        assertThat(vpndoctor.TestDoctor.diagnoseSample("504-iosxe-ikev2-split-rows-in-neg-nothing-agreed-peer-ping-fails").rootCauses())
                .isNotEmpty().allSatisfy(f -> assertThat(f.platform()).isEqualTo("IOS"));
    }
}
