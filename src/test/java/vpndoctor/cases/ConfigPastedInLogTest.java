package vpndoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;
import vpndoctor.result.EvidenceLine;
import vpndoctor.result.Finding;
import vpndoctor.result.InputSummary;

/**
 * A device's 'show running-config' (whole or filtered) pasted into a log after its prompt is that device's config:
 * the section is read by the config reader, each fact at its line of the log, on the side the prompt's host takes
 * (680/681: two routers' sections in one debug; 682/683: an ASA's show run cut by the paste, and whole). A filtered or
 * cut section is an excerpt, whose silence is no evidence; a 'show run | include route' stays the irrelevant lines it
 * was. Before, every section line was an unrecognised log line and no config rule saw it: 680 and 683 had no root cause.
 */
class ConfigPastedInLogTest {
    @Test
    void twoRoutersSectionsInOneDebugAreTheirConfigs() {
        Diagnosis d = TestDoctor.diagnoseSample("680-ios-debug-with-both-routers-show-run-crypto-transform-refused");
        assertThat(d.rootCauseIds()).containsExactly("TRANSFORM_SET_MISMATCH");
        Finding f = d.rootCauses().get(0);
        assertThat(f.supportedBy()).anyMatch(r -> r.contains("no transform set in common between our map entry 10 and the peer's 10"));
        // the peer's sets are R2's section, pointed at in the log itself
        assertThat(f.evidence()).extracting(EvidenceLine::where).anyMatch(w -> w.endsWith("r1-r2-session.log:65"));
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("R1"));
        assertThat(d.device("peer")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("R2"));
        assertThat(d.unrecognized()).noneMatch(u -> u.text().contains("crypto") && !u.text().contains("debugging"));
        assertThat(d.input().configLines()).isEqualTo(30);
        assertAccounted(d.input());
    }

    @Test
    void aPeerSetThatAcceptsTheRequestInItsPastedSectionGivesNoVerdict() {
        Diagnosis d = TestDoctor.diagnoseSample("681-ios-debug-with-both-routers-show-run-crypto-peer-set-accepts");
        assertThat(d.rootCauses()).isEmpty();
    }

    @Test
    void aWholeShowRunPastedBeforeSyslogIsTheDevicesConfig() {
        Diagnosis d = TestDoctor.diagnoseSample("683-asa-syslog-with-whole-show-run-map-applied-nowhere");
        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_MAP_NOT_APPLIED");
        assertThat(d.rootCauses().get(0).evidence()).extracting(EvidenceLine::where).anyMatch(w -> w.endsWith("asa-1.log:32"));
        assertThat(d.unrecognized()).isEmpty();
        // the pasted 'show run | include route' (lines 1-2) is no config input: the config runs from line 4 to ': end'
        assertThat(d.input().configLines()).isEqualTo(42);
        assertAccounted(d.input());
    }

    @Test
    void aShowRunCutByThePasteIsAnExcerptAndTheSyslogAfterItIsRead() {
        Diagnosis d = TestDoctor.diagnoseSample("682-asa-syslog-with-show-run-cut-before-map-binding");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("ISAKMP_KEY_MISSING"));
        assertThat(d.hypotheses()).filteredOn(h -> h.id().equals("CRYPTO_MAP_NOT_APPLIED")).extracting(Finding::confidence).containsExactly(0.20);
        assertThat(d.notes()).anyMatch(n -> n.contains("asa-1.log:3-33 read as our config (a part of it"));
        assertThat(d.input().configLines()).isEqualTo(30);
        assertAccounted(d.input());
    }

    @Test
    void aNonCryptoShowRunStaysTheLinesItWas() throws Exception {
        String text = Files.readString(TestDoctor.samples().resolve("683-asa-syslog-with-whole-show-run-map-applied-nowhere/asa-1.log"));
        String routesOnly = text.lines().limit(2).reduce("", (a, l) -> a + l + "\n") + "ASA-1# show running-config interface GigabitEthernet1/1\n"
                + "interface GigabitEthernet1/1\n nameif outside\n security-level 0\n ip address 203.0.113.10 255.255.255.0\nASA-1#\n";
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("asa-1.log", routesOnly).build());
        assertThat(d.devices()).isEmpty();
        assertThat(d.input().configLines()).isZero();
        assertThat(d.input().relevant()).isZero();
        assertThat(d.input().irrelevant()).isEqualTo(d.input().lines());
    }

    @Test
    void aSectionOfTheDeviceWhoseConfigFileIsGivenIsNotReadTwice() throws Exception {
        String log = Files.readString(TestDoctor.samples().resolve("683-asa-syslog-with-whole-show-run-map-applied-nowhere/asa-1.log"));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("asa-1.log", log).localConfig("asa.cfg", "hostname ASA-1\ninterface GigabitEthernet1/1\n nameif outside\n ip address 203.0.113.10 255.255.255.0\n").build());
        assertThat(d.notes()).anyMatch(n -> n.contains("not read as config: ASA-1's config is given already"));
        assertThat(d.devices()).hasSize(1);
    }

    private static void assertAccounted(InputSummary in) {
        assertThat(in.relevant() + in.irrelevant() + in.unrecognized() + in.skippedLines()).isEqualTo(in.lines());
    }
}
