package vpndoctor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.FakeDiagnosis;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.engine.CauseCatalog;

/** Cases grouped by where their capture comes from, and the top-1 figure in which every origin weighs the same. */
class SourceOriginTest {
    @TempDir Path tmp;

    private static String origin(String url) {
        return SourceOrigin.of(new CaseExpectation.Source(url, "", ""));
    }

    @Test
    void pagesOfOneRepositoryOrSiteShareAnOrigin() {
        assertThat(origin("https://github.com/jesusbrochado/CAIDA/blob/ed6b/logs/acl_mismatch.txt"))
                .isEqualTo(origin("https://github.com/jesusbrochado/CAIDA/blob/ed6b/logs/EncryptionP1.txt"))
                .isEqualTo("github:jesusbrochado/caida");
        assertThat(origin("https://www.example.net/a/b")).isEqualTo(origin("http://example.net/c")).isEqualTo("example.net");
        assertThat(origin("Cisco TechNote 117337 (cisco.com/c/en/...), read from a code-index copy (file ids 70362094171, 70650540682)"))
                .isEqualTo("cisco-technote:117337");
        assertThat(origin("code-index file id 71413604881 (lab record)")).isEqualTo("code-index:71413604881");
        assertThat(origin("")).isEqualTo("none");
    }

    @Test
    void oneOriginWithManyRightCasesDoesNotCarryTheBalancedFigure() throws Exception {
        List<CaseScore> cs = new ArrayList<>();
        for (int i = 0; i < 6; i++) cs.add(score("big" + i, "https://github.com/a/lab/blob/x/f" + i + ".txt", "PSK_MISMATCH"));
        cs.add(score("small", "https://example.org/thread", "TRANSFORM_SET_MISMATCH"));   // wrong answer: 0 of 1 for this origin
        EvalReport r = EvalReport.of(cs, List.of(), List.of());
        assertThat(r.headline().top1()).isEqualTo(6);                 // 6 of 7 = 86% counted per case
        assertThat(r.originBalancedTop1()).isEqualTo(0.5);            // (1.0 + 0.0) / 2 origins
        assertThat(r.byOrigin()).extracting(EvalReport.Tally::key).containsExactly("github:a/lab", "example.org");
        assertThat(r.text()).contains("By origin").contains("github:a/lab");
    }

    private CaseScore score(String name, String url, String said) throws Exception {
        Path c = Files.createDirectories(tmp.resolve(name));
        Files.writeString(c.resolve("expected.json"), "{\"rootCauses\": [\"PSK_MISMATCH\"], \"source\": {\"url\": \"" + url + "\"}}");
        return CaseScore.score(name, CaseExpectation.read(c), FakeDiagnosis.roots(said + "@192.0.2.1:0.7"), CauseCatalog.bundled());
    }
}
