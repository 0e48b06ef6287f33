package vpndoctor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vpndoctor.FakeDiagnosis;
import vpndoctor.authoring.CaseExpectation;
import vpndoctor.engine.CauseCatalog;

/** The platform table of `eval` names every platform the tool reads, so a platform without cases shows as 0, and the FTD is its own row. */
class EvalPlatformRowsTest {
    @TempDir Path tmp;

    private CaseScore score(String name, String platform, String said) throws Exception {
        Path c = Files.createDirectories(tmp.resolve(name));
        Files.writeString(c.resolve("expected.json"), "{\"rootCauses\": [\"PSK_MISMATCH\"], \"platform\": \"" + platform + "\"}");
        return CaseScore.score(name, CaseExpectation.read(c), FakeDiagnosis.roots(said + "@192.0.2.1:0.7"), CauseCatalog.bundled());
    }

    @Test
    void aPlatformWithoutCasesStillHasARowOfZero() throws Exception {
        EvalReport r = EvalReport.of(List.of(score("a", "ASA", "PSK_MISMATCH")), List.of(), List.of());
        assertThat(r.byPlatform()).extracting(EvalReport.Tally::key).containsExactly("ASA", "FTD", "IOS", "IOS-XE", "PIX");
        assertThat(r.byPlatform()).filteredOn(t -> t.key().equals("FTD")).extracting(EvalReport.Tally::cases).containsExactly(0);
        assertThat(r.text()).containsPattern("\\n  FTD +0 +0/0 -");
    }

    @Test
    void anFtdCaseIsCountedOnTheFtdRowNotTheAsas() throws Exception {
        EvalReport r = EvalReport.of(List.of(score("a", "ASA", "PSK_MISMATCH"), score("f", "FTD", "TRANSFORM_SET_MISMATCH")), List.of(), List.of());
        assertThat(r.byPlatform()).filteredOn(t -> t.key().equals("FTD")).extracting(EvalReport.Tally::cases, EvalReport.Tally::top1)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0));
        assertThat(r.byPlatform()).filteredOn(t -> t.key().equals("ASA")).extracting(EvalReport.Tally::cases).containsExactly(1);
    }
}
