package vpndoctor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * `facts` lists what the parsers read for every real case folder (never the held-out ones): a fact
 * built from no input line (a device whose platform was told by its config's content) once ended
 * the command with an internal error.
 */
class FactsOfEveryCaseTest {
    @Test
    void factsRunsOnEveryRealCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(Path.of("facts-samples/real"))) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        for (Path c : cases) {
            Cli r = Cli.run("facts", c.toString());
            assertThat(r.exit()).as("facts %s: %s", c, r.err()).isZero();
            assertThat(r.out()).as("facts %s", c).isNotBlank();
        }
    }

    @Test
    void aFactFromNoLineShowsADashForItsPlace() {
        Cli r = Cli.run("facts", "facts-samples/real/iosxe-dmvpn-spoke-revoked-cert-nhs-down");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("DeviceInfo\tlocal device .*\t-\\R");
    }

    @Test
    void evidenceWithNoFactSaysSoInsteadOfPrintingNothing() {
        // a device-wide session summary: every line read, none about a tunnel
        Cli r = Cli.run("facts", "facts-samples/real/asa-healthy-vpn-sessiondb-summary-site-to-site-counts");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("no facts\t26 lines read, 0 relevant, 0 unrecognized");
        // a case with facts prints no such line
        assertThat(Cli.run("facts", "facts-samples/real/iosxe-dmvpn-spoke-revoked-cert-nhs-down").out()).doesNotContain("no facts");
    }
}
