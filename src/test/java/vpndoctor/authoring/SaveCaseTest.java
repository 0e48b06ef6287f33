package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `diagnose ... --save-case DIR` writes a case that `rules test` passes once its description is edited. */
class SaveCaseTest {
    @TempDir Path tmp;

    @Test
    void savedCaseHoldsCopiesAndTodaysVerdict() throws Exception {
        Path sample = Path.of("facts-samples", "004-pix-proxy-identities-not-supported-with-configs");
        Path out = tmp.resolve("cases").resolve("mine");

        Cli r = Cli.run("diagnose", sample.toString(), "--save-case", out.toString(), "--format", "json");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("saved case " + out);
        // copies with their secrets masked (keys as pseudonyms): every other line as it was
        for (String f : new String[] {"local.cfg", "peer.cfg", "pix-debug.log"}) {
            vpndoctor.Evidence.Kind kind = f.endsWith(".log") ? vpndoctor.Evidence.Kind.LOG : vpndoctor.Evidence.Kind.LOCAL_CONFIG;
            String original = Files.readString(sample.resolve(f));
            String saved = Files.readString(out.resolve(f));
            assertThat(saved.lines().count()).as(f).isEqualTo(original.lines().count());
            assertThat(saved.lines().filter(l -> !original.contains(l)).toList()).as(f + ": only secret lines differ")
                    .allMatch(l -> l.contains("*****") || l.contains("key-"));
        }
        assertThat(Files.readString(out.resolve("local.cfg"))).doesNotContain("8Ry2YjIyt7RRXU24");
        JsonNode exp = new ObjectMapper().readTree(out.resolve("expected.json").toFile());
        assertThat(exp.path("rootCauses").toString()).isEqualTo("[\"ENCRYPTION_DOMAIN_MISMATCH\"]");
        assertThat(exp.path("notRootCauses").size()).isZero();
        assertThat(exp.path("description").asText()).startsWith("TODO");

        // today's output is not a judged verdict: the case fails until its author edits the description
        Cli unedited = Cli.run("rules", "test", "--cases", out.toString());
        assertThat(unedited.exit()).as(unedited.toString()).isEqualTo(1);
        assertThat(unedited.out()).contains("FAIL  mine").contains("- description is still the placeholder");
        editDescription(out, "PIX proxy identities not supported: the crypto ACLs are not mirror images");
        Cli test = Cli.run("rules", "test", "--cases", out.toString());
        assertThat(test.exit()).as(test.toString()).isZero();
        assertThat(test.out()).contains("PASS  mine");

        // a second save into the same case would overwrite the author's edits: refused
        Cli again = Cli.run("diagnose", sample.toString(), "--save-case", out.toString());
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already a case");
    }

    @Test
    void logsWithOtherNamesAndSeparateConfigsAreSavedUnderCaseNames() throws Exception {
        Path log = Files.writeString(tmp.resolve("asa-output.syslog"),
                "Oct 14 09:05:30 asa-n %ASA-3-713042: IKE Initiator unable to find policy: Intf inside, Src: 10.57.0.5, Dst: 10.157.0.9\n");
        Path out = tmp.resolve("case2");
        Cli r = Cli.run("diagnose", "--log", log.toString(), "--config",
                "facts-samples/057-asa-crypto-map-incomplete/local.cfg", "--save-case", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(out.resolve("asa-output.syslog.log")).exists();
        assertThat(out.resolve("local.cfg")).exists();
        editDescription(out, "ASA 713042 initiator finds no policy: the crypto map entry is incomplete");
        assertThat(Cli.run("rules", "test", "--cases", out.toString()).exit()).isZero();
    }

    static void editDescription(Path caseDir, String text) throws java.io.IOException {
        Path f = caseDir.resolve("expected.json");
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(f.toFile());
        n.put("description", text);
        Files.writeString(f, new ObjectMapper().writeValueAsString(n));
    }
}
