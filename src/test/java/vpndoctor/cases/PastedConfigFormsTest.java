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
 * The other forms of a config pasted into a log (ConfigPastedInLogTest has 'show run' at a named prompt): the FTD
 * CLI's bare '&gt;' prompt (711; an e-mail's quote mark is none, 712), IOS 'write terminal' (713), the saved config
 * ('show startup-config', 714: read as the device's, but what it does not show is no evidence, and beside the running
 * config of the same device it is not read), and an ASA's contexts after 'changeto context' when the prompt does not
 * name them (715/716: each context is a device of its own, never the other's peer). Before, none of these opened a
 * section, and the two contexts' pastes were read as one config.
 */
class PastedConfigFormsTest {
    @Test
    void aShowRunningConfigAtTheFtdBarePromptIsTheFtdsConfig() {
        Diagnosis d = TestDoctor.diagnoseSample("711-ftd-syslog-with-whole-show-running-config-at-bare-prompt-map-applied-nowhere");
        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_MAP_NOT_APPLIED");
        assertThat(d.rootCauses().get(0).evidence()).extracting(EvidenceLine::where).anyMatch(w -> w.endsWith("ftd-edge.log:32"));
        assertThat(d.device("local")).hasValueSatisfying(v -> {
            assertThat(v.hostname()).isEqualTo("ftd-edge");
            assertThat(v.platform()).isEqualTo("FTD");
        });
        assertThat(d.unrecognized()).isEmpty();
        assertAccounted(d.input());
    }

    @Test
    void aMailQuotedShowRunningConfigIsNoFtdPrompt() {
        Diagnosis d = TestDoctor.diagnoseSample("712-asa-mail-quoted-show-running-config-stays-unread");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.devices()).isEmpty();
        assertThat(d.input().configLines()).isZero();
    }

    @Test
    void filteredShowsAtTheBarePromptAreOneFtdsExcerpt() throws Exception {
        // '> show running-config crypto' then '> show running-config tunnel-group': no version line, no hostname
        String whole = sample("711-ftd-syslog-with-whole-show-running-config-at-bare-prompt-map-applied-nowhere/ftd-edge.log");
        StringBuilder crypto = new StringBuilder("> show running-config crypto\n"), groups = new StringBuilder("> show running-config tunnel-group\n");
        StringBuilder logs = new StringBuilder();
        for (String l : whole.lines().toList()) {
            if (l.startsWith("crypto ")) crypto.append(l).append('\n');
            else if (l.startsWith("tunnel-group ") || l.startsWith(" ikev1 pre-shared-key")) groups.append(l).append('\n');
            else if (l.contains("%FTD-")) logs.append(l).append('\n');
        }
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("ftd.log", crypto + "" + groups + ">\n" + logs).build());
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.platform()).isEqualTo("FTD"));
        assertThat(d.notes()).anyMatch(n -> n.contains("'show running-config crypto', 'show running-config tunnel-group' pasted at ftd.log:1-")
                && n.contains("read as our config (a part of it"));
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("ISAKMP_KEY_MISSING"));
        assertAccounted(d.input());
    }

    @Test
    void writeTerminalShowsTheRunningConfig() {
        Diagnosis d = TestDoctor.diagnoseSample("713-ios-debug-with-write-terminal-map-applied-nowhere");
        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_MAP_NOT_APPLIED");
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("BRANCH-1"));
        assertAccounted(d.input());
    }

    @Test
    void aStartupConfigIsReadAsTheSavedConfigWhoseSilenceIsNoEvidence() {
        Diagnosis d = TestDoctor.diagnoseSample("714-ios-debug-with-show-startup-config-binding-not-shown");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("BRANCH-1"));
        assertThat(d.notes()).anyMatch(n -> n.contains("'show startup-config' pasted at") && n.contains("the saved startup config"));
        assertThat(d.hypotheses()).filteredOn(h -> h.id().equals("CRYPTO_MAP_NOT_APPLIED")).extracting(Finding::confidence).containsExactly(0.20);
        assertThat(d.input().configLines()).isEqualTo(35);
        assertAccounted(d.input());
    }

    @Test
    void theStartupConfigBesideTheRunningOneOfTheSameDeviceIsNotRead() throws Exception {
        String running = sample("713-ios-debug-with-write-terminal-map-applied-nowhere/branch-1.log");
        String saved = sample("714-ios-debug-with-show-startup-config-binding-not-shown/branch-1.log").replace("BRANCH-1#show startup-config", "BRANCH-1#sh start")
                .replace("crypto map VPN-MAP 10 ipsec-isakmp", "crypto map VPN-MAP 10 ipsec-isakmp\n set pfs group14"); // saved before a change
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("branch-1.log", running.replace("BRANCH-1#write terminal", "BRANCH-1#wr t") + saved).build());
        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_MAP_NOT_APPLIED");
        assertThat(d.notes()).anyMatch(n -> n.contains("'sh start' pasted at") && n.contains("not read as config: the running config of the same device is pasted too"));
        assertThat(d.notes()).anyMatch(n -> n.contains("'wr t' pasted at branch-1.log:3-") && n.contains("read as our config") && !n.contains("a part of it"));
        assertAccounted(d.input());
    }

    @Test
    void showRunningConfigAllCryptoIsAnExcerpt() throws Exception {
        // the ASA's 'all' keyword with a filter still shows a part of the config (this form opened a section already)
        String log = sample("683-asa-syslog-with-whole-show-run-map-applied-nowhere/asa-1.log")
                .replace("ASA-1# show running-config\n", "ASA-1# show running-config all crypto\n");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.builder().log("asa-1.log", log).build());
        assertThat(d.notes()).anyMatch(n -> n.contains("'show running-config all crypto' pasted at") && n.contains("(a part of it"));
        assertThat(d.rootCauses()).isEmpty();
    }

    @Test
    void anAsaContextAfterChangetoIsADeviceOfItsOwn() {
        Diagnosis d = TestDoctor.diagnoseSample("715-asa-changeto-two-contexts-show-run-ours-applied-nowhere");
        assertThat(d.rootCauseIds()).containsExactly("CRYPTO_MAP_NOT_APPLIED");
        assertThat(d.devices()).hasSize(1);
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("CustA"));
        assertThat(d.notes()).anyMatch(n -> n.startsWith("dc-asa/CustB's") && n.contains("another context of dc-asa than ours, not our peer"));
        assertThat(d.input().configLines()).isEqualTo(42);
        assertAccounted(d.input());
    }

    @Test
    void anotherContextsMissingBindingIsNotOurs() {
        Diagnosis d = TestDoctor.diagnoseSample("716-asa-changeto-two-contexts-other-applied-nowhere");
        assertThat(d.rootCauses()).isEmpty();
        assertThat(d.hypotheses()).noneMatch(h -> h.id().equals("CRYPTO_MAP_NOT_APPLIED"));
        assertThat(d.device("local")).hasValueSatisfying(v -> assertThat(v.hostname()).isEqualTo("CustA"));
    }

    private static String sample(String path) throws java.io.IOException {
        return Files.readString(TestDoctor.samples().resolve(path));
    }

    private static void assertAccounted(InputSummary in) {
        assertThat(in.relevant() + in.irrelevant() + in.unrecognized() + in.skippedLines()).isEqualTo(in.lines());
    }
}
