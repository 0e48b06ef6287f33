package vpndoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.Evidence;
import vpndoctor.TestDoctor;
import vpndoctor.result.Diagnosis;

/**
 * Issue 16.7: a case folder's configs are found by content whatever their names (*.cfg, *.txt, a
 * pasted show run), the side by the hostname the logs name; a file that is neither is listed as
 * skipped with why; a config is never read as a log.
 */
class CaseFolderByContentTest {
    private static final Path CASE = Path.of("facts-samples/048-asa-psk-mismatch");

    @Test
    void configsAnyNameSidesFromTheLogsHostnameAndTheRestListedAsSkipped(@TempDir Path dir) throws Exception {
        // names chosen so that file order would get the sides wrong: the log names asa-hq, so it is ours
        Files.copy(CASE.resolve("local.cfg"), dir.resolve("zz-firewall-running.txt"));
        Files.copy(CASE.resolve("peer.cfg"), dir.resolve("aa-router.cfg"));
        Files.copy(CASE.resolve("asa.log"), dir.resolve("syslog-from-hq"));
        Files.writeString(dir.resolve("notes.md"), "Ticket 4711: tunnel to branch 48 down since the key rotation.\nCall Bob.\n");
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        Diagnosis original = TestDoctor.get().diagnose(Evidence.fromCaseFolder(CASE));

        assertThat(d.device("local")).get().extracting(v -> v.hostname()).isEqualTo("asa-hq");
        assertThat(d.device("peer")).get().extracting(v -> v.hostname()).isEqualTo("rtr48");
        assertThat(d.rootCauseIds()).isEqualTo(original.rootCauseIds()).contains("PSK_MISMATCH");
        assertThat(d.input().configLines()).isEqualTo(original.input().configLines());
        assertThat(d.input().lines()).as("the config text is not read as log lines").isEqualTo(original.input().lines());
        assertThat(d.input().skipped()).anyMatch(s -> s.source().endsWith("notes.md") && s.reason().contains("neither a device config nor VPN log"));
        assertThat(d.notes()).noneMatch(n -> n.startsWith("config sides:"));
        assertThat(new TextReport(Style.plain(), false).render(d)).contains("skipped ").contains("notes.md");
    }

    @Test
    void aPastedShowRunIsAConfigAndWithoutLogsTheSidesAreNamedAGuess(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hq.txt"), "asa-hq# show running-config\n" + Files.readString(CASE.resolve("local.cfg")));
        Files.copy(CASE.resolve("peer.cfg"), dir.resolve("branch.conf"));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        assertThat(d.devices()).hasSize(2);
        assertThat(d.input().lines()).isZero();
        assertThat(d.rootCauseIds()).contains("PSK_MISMATCH");
        assertThat(d.notes()).anyMatch(n -> n.startsWith("config sides: ") && n.contains("by file name"));
    }

    @Test
    void aThirdConfigIsSkippedWithWhy(@TempDir Path dir) throws Exception {
        Files.copy(CASE.resolve("local.cfg"), dir.resolve("local.cfg"));
        Files.copy(CASE.resolve("peer.cfg"), dir.resolve("peer.cfg"));
        Files.copy(CASE.resolve("peer.cfg"), dir.resolve("old-router.cfg"));
        Diagnosis d = TestDoctor.get().diagnose(Evidence.fromCaseFolder(dir));
        assertThat(d.input().skipped()).anyMatch(s -> s.source().endsWith("old-router.cfg") && s.reason().contains("only two devices"));
    }

    @Test
    void theSnifferTellsConfigLogAndNeither() {
        var cfg = vpndoctor.parse.CaseFileSniffer.sniff("hostname r1\n!\ninterface Gi0/0\n ip address 1.1.1.1 255.255.255.0\n!\ncrypto map M 10 ipsec-isakmp\n".getBytes());
        assertThat(cfg.kind()).isEqualTo(vpndoctor.parse.CaseFileSniffer.Kind.CONFIG);
        assertThat(cfg.hostname()).isEqualTo("r1");
        assertThat(vpndoctor.parse.CaseFileSniffer.sniff("Nov 26 10:01:02 asa-hq %ASA-4-713903: Group = 1.2.3.4, IP = 1.2.3.4, x\n".getBytes()).kind())
                .isEqualTo(vpndoctor.parse.CaseFileSniffer.Kind.LOG);
        assertThat(vpndoctor.parse.CaseFileSniffer.sniff("dear colleague,\nplease look\n".getBytes()).kind())
                .isEqualTo(vpndoctor.parse.CaseFileSniffer.Kind.NEITHER);
    }
}
