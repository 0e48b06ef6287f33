package vpndoctor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.FakeDiagnosis;
import vpndoctor.engine.CauseCatalog;
import vpndoctor.result.Diagnosis;

/** The strict case check: exact root-cause set (per tunnel when given), the main cause first, acceptable IDs, placeholders. */
class CaseCheckTest {
    @TempDir Path tmp;
    private final CauseCatalog catalog = CauseCatalog.bundled();

    private CaseExpectation exp(String json) throws Exception {
        Path c = Files.createDirectories(tmp.resolve("c" + System.nanoTime()));
        Files.writeString(c.resolve("expected.json"), json);
        return CaseExpectation.read(c);
    }

    private List<String> check(String json, Diagnosis d) throws Exception {
        return CaseCheck.mismatches(exp(json), d, catalog);
    }

    @Test
    void theExactSetPasses() throws Exception {
        assertThat(check("{\"rootCauses\": [\"PSK_MISMATCH\"], \"description\": \"x\"}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9"))).isEmpty();
    }

    @Test
    void anExtraCauseFailsEvenWhenTheExpectedOneIsFirst() throws Exception {
        List<String> p = check("{\"rootCauses\": [\"PSK_MISMATCH\"]}",
                FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9", "TRANSFORM_SET_MISMATCH@192.0.2.1:0.6"));
        assertThat(p).singleElement().asString().startsWith("extra root cause TRANSFORM_SET_MISMATCH");
    }

    @Test
    void aMissingCauseAndAHealthyCaseWithACauseFail() throws Exception {
        assertThat(check("{\"rootCauses\": [\"PSK_MISMATCH\", \"PFS_MISMATCH\"]}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9")))
                .containsExactly("expected root cause PFS_MISMATCH missing");
        assertThat(check("{\"rootCauses\": []}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9")))
                .containsExactly("expected no root cause, got PSK_MISMATCH");
    }

    @Test
    void theMainCauseMustBeRankedFirst() throws Exception {
        List<String> p = check("{\"rootCauses\": [\"PSK_MISMATCH\", \"PFS_MISMATCH\"]}",
                FakeDiagnosis.roots("PFS_MISMATCH@192.0.2.1:0.9", "PSK_MISMATCH@192.0.2.1:0.6"));
        assertThat(p).singleElement().asString().startsWith("top-ranked root cause is PFS_MISMATCH");
    }

    @Test
    void anAcceptableIdStandsForTheMainOne() throws Exception {
        String json = "{\"rootCauses\": [\"PSK_MISMATCH\"], \"acceptable\": [\"ISAKMP_KEY_MISSING\"]}";
        assertThat(check(json, FakeDiagnosis.roots("ISAKMP_KEY_MISSING@192.0.2.1:0.7"))).isEmpty();
        // but not as well as the main one: that would be two answers for one expected cause
        assertThat(check(json, FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.8", "ISAKMP_KEY_MISSING@192.0.2.1:0.7")))
                .singleElement().asString().startsWith("extra root cause ISAKMP_KEY_MISSING");
    }

    @Test
    void aRefinementMeetsItsParentButAParentAndItsChildTogetherAreOneTooMany() throws Exception {
        String json = "{\"rootCauses\": [\"ENCRYPTION_DOMAIN_MISMATCH\"]}";
        assertThat(check(json, FakeDiagnosis.roots("HOST_VS_SUBNET_PROXY@192.0.2.1:0.8"))).isEmpty();
        assertThat(check(json, FakeDiagnosis.roots("HOST_VS_SUBNET_PROXY@192.0.2.1:0.8", "ENCRYPTION_DOMAIN_MISMATCH@192.0.2.1:0.7")))
                .singleElement().asString().startsWith("extra root cause HOST_VS_SUBNET_PROXY");
        // the general cause does not meet an expected specific one
        assertThat(check("{\"rootCauses\": [\"HOST_VS_SUBNET_PROXY\"]}", FakeDiagnosis.roots("ENCRYPTION_DOMAIN_MISMATCH@192.0.2.1:0.7")))
                .contains("expected root cause HOST_VS_SUBNET_PROXY missing");
    }

    @Test
    void tunnelsNameEachTunnelsExactSet() throws Exception {
        String json = "{\"rootCauses\": [\"PSK_MISMATCH\", \"PFS_MISMATCH\"],"
                + " \"tunnels\": {\"192.0.2.1\": [\"PSK_MISMATCH\"], \"192.0.2.2\": [\"PFS_MISMATCH\"]}}";
        assertThat(check(json, FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9", "PFS_MISMATCH@192.0.2.2:0.8"))).isEmpty();
        // the same IDs on the wrong tunnels
        assertThat(check(json, FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.2:0.9", "PFS_MISMATCH@192.0.2.1:0.8")))
                .contains("expected root cause PSK_MISMATCH missing on tunnel 192.0.2.1", "expected root cause PFS_MISMATCH missing on tunnel 192.0.2.2");
        // a tunnel the expectation does not list
        assertThat(check(json, FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9", "PFS_MISMATCH@192.0.2.2:0.8", "PSK_MISMATCH@192.0.2.3:0.6")))
                .singleElement().asString().contains("on tunnel 192.0.2.3, which expected.json's \"tunnels\" does not list");
    }

    @Test
    void notRootCausesStillWork() throws Exception {
        assertThat(check("{\"rootCauses\": [], \"notRootCauses\": [\"PSK_MISMATCH\"]}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9")))
                .contains("near-miss PSK_MISMATCH must not be a root cause (got PSK_MISMATCH)");
    }

    @Test
    void theSaveCasePlaceholderFailsUntilEdited() throws Exception {
        Diagnosis d = FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.9");
        String placeholder = "{\"rootCauses\": [\"PSK_MISMATCH\"], \"description\": \"" + CaseSaver.DESCRIPTION_PLACEHOLDER + "\"}";
        assertThat(check(placeholder, d)).singleElement().asString().startsWith("description is still the placeholder");
        assertThat(check("{\"rootCauses\": [\"PSK_MISMATCH\"], \"description\": \"IKMP_BAD_MESSAGE after MM5: keys differ\"}", d)).isEmpty();
    }

    @Test
    void realCaptureFieldsAreReadAndOldFilesStillRead() throws Exception {
        CaseExpectation e = exp("{\"rootCauses\": [\"PSK_MISMATCH\"], \"acceptable\": [\"ISAKMP_KEY_MISSING\"],"
                + " \"tunnels\": {\"198.51.100.7\": [\"PSK_MISMATCH\"]}, \"description\": \"d\","
                + " \"source\": {\"url\": \"https://example.org/t\", \"title\": \"T\", \"corpus\": \"pages\"}, \"platform\": \"ASA\","
                + " \"ike\": \"IKEv1\", \"evidence\": [\"syslog\", \"debug\"], \"families\": [\"show-state\"], \"doubtful\": true}");
        assertThat(e.tunnels()).containsEntry("198.51.100.7", List.of("PSK_MISMATCH"));
        assertThat(e.acceptable()).containsExactly("ISAKMP_KEY_MISSING");
        assertThat(e.source()).isEqualTo(new CaseExpectation.Source("https://example.org/t", "T", "pages"));
        assertThat(e.platform()).isEqualTo("ASA");
        assertThat(e.ike()).isEqualTo("IKEv1");
        assertThat(e.evidence()).containsExactly("syslog", "debug");
        assertThat(e.families()).containsExactly("show-state");
        assertThat(e.doubtful()).isTrue();

        CaseExpectation old = exp("{\"rootCauses\": [\"PSK_MISMATCH\"], \"benign\": [], \"notRootCauses\": []}");
        assertThat(old.perTunnel()).isFalse();
        assertThat(old.acceptable()).isEmpty();
        assertThat(old.platform()).isEmpty();
        assertThat(old.doubtful()).isFalse();
    }

    @Test
    void theWalkRecursesButNeverEntersAHeldOutFolderBelowTheRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("samples"));
        for (String c : List.of("001-a", "real/asa-b", "real/deeper/ios-c", "real-heldout/asa-secret", "real/real-heldout/x")) {
            Files.writeString(Files.createDirectories(root.resolve(c)).resolve("expected.json"), "{\"rootCauses\": []}");
        }
        Files.createDirectories(root.resolve("real/not-a-case"));
        assertThat(CaseExpectation.allCaseFolders(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/')))
                .containsExactly("001-a", "real/asa-b", "real/deeper/ios-c");
        assertThat(CaseExpectation.caseFolders(root).stream().map(p -> p.getFileName().toString())).containsExactly("001-a");
        // named as the root, a held-out folder is walked (the lead scores it once, on purpose)
        assertThat(CaseExpectation.allCaseFolders(root.resolve("real-heldout"))).hasSize(1);
    }
}
