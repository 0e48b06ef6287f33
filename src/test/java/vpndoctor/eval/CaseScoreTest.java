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
import vpndoctor.result.Diagnosis;

/** Scoring one case: top-1, top-3, exact set, healthy false positives, platform, and the claims the calibration counts. */
class CaseScoreTest {
    @TempDir Path tmp;
    private final CauseCatalog catalog = CauseCatalog.bundled();

    private CaseScore score(String name, String json, Diagnosis d) throws Exception {
        Path c = Files.createDirectories(tmp.resolve(name));
        Files.writeString(c.resolve("expected.json"), json);
        return CaseScore.score(name, CaseExpectation.read(c), d, catalog);
    }

    @Test
    void theExpectedCauseFirstAndAloneIsRightEverywhere() throws Exception {
        CaseScore s = score("a", "{\"rootCauses\": [\"PSK_MISMATCH\"], \"platform\": \"ASA\"}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.72"));
        assertThat(List.of(s.top1(), s.top3(), s.exact(), s.falsePositive(), s.miss())).containsExactly(true, true, true, false, false);
        assertThat(s.claims()).containsExactly(new CaseScore.Claim("PSK_MISMATCH", "192.0.2.1", 0.72, true, true));
    }

    @Test
    void secondPlaceIsTop3ButNotTop1() throws Exception {
        Diagnosis d = FakeDiagnosis.of(List.of("TRANSFORM_SET_MISMATCH@192.0.2.1:0.9"), List.of("PFS_MISMATCH@192.0.2.1:0.45", "PSK_MISMATCH@192.0.2.1:0.4"));
        CaseScore s = score("b", "{\"rootCauses\": [\"PSK_MISMATCH\"]}", d);
        assertThat(s.top1()).isFalse();
        assertThat(s.top3()).isTrue();
        assertThat(s.exact()).isFalse();
        assertThat(s.miss()).isTrue();
        // the wrong root cause and the wrong hypothesis are wrong samples, the expected one as a hypothesis a right one
        assertThat(s.claims()).extracting(CaseScore.Claim::right).containsExactly(false, false, true);
    }

    @Test
    void fourthPlaceIsNotTop3() throws Exception {
        Diagnosis d = FakeDiagnosis.of(List.of("TRANSFORM_SET_MISMATCH@192.0.2.1:0.9"),
                List.of("PFS_MISMATCH@192.0.2.1:0.45", "ENCRYPTION_DOMAIN_MISMATCH@192.0.2.1:0.44", "PSK_MISMATCH@192.0.2.1:0.4"));
        assertThat(score("c", "{\"rootCauses\": [\"PSK_MISMATCH\"]}", d).top3()).isFalse();
    }

    @Test
    void aRefinementOrAnAcceptableIdIsRight() throws Exception {
        assertThat(score("d", "{\"rootCauses\": [\"ENCRYPTION_DOMAIN_MISMATCH\"]}", FakeDiagnosis.roots("HOST_VS_SUBNET_PROXY@192.0.2.1:0.6")).top1()).isTrue();
        CaseScore acc = score("e", "{\"rootCauses\": [\"PSK_MISMATCH\"], \"acceptable\": [\"ISAKMP_KEY_MISSING\"]}",
                FakeDiagnosis.roots("ISAKMP_KEY_MISSING@192.0.2.1:0.6"));
        assertThat(acc.top1()).isTrue();
        assertThat(acc.exact()).isTrue();
        assertThat(acc.claims().get(0).right()).isTrue();
    }

    @Test
    void aHealthyCaseIsRightWithNoRootCauseAndAFalsePositiveWithOne() throws Exception {
        CaseScore ok = score("f", "{\"rootCauses\": []}", FakeDiagnosis.of(List.of(), List.of("PSK_MISMATCH@192.0.2.1:0.35")));
        assertThat(List.of(ok.healthy(), ok.top1(), ok.top3(), ok.exact(), ok.falsePositive())).containsExactly(true, true, true, true, false);
        CaseScore fp = score("g", "{\"rootCauses\": []}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.55"));
        assertThat(List.of(fp.top1(), fp.exact(), fp.falsePositive())).containsExactly(false, false, true);
        assertThat(fp.claims()).allMatch(c -> !c.right());
    }

    @Test
    void perTunnelRightnessLooksAtTheClaimsTunnel() throws Exception {
        String json = "{\"rootCauses\": [\"PSK_MISMATCH\"], \"tunnels\": {\"192.0.2.1\": [\"PSK_MISMATCH\"], \"192.0.2.2\": []}}";
        CaseScore s = score("h", json, FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.8", "PSK_MISMATCH@192.0.2.2:0.6"));
        assertThat(s.claims()).extracting(CaseScore.Claim::right).containsExactly(true, false);
        assertThat(s.exact()).isFalse();
    }

    @Test
    void thePlatformComesFromTheFileElseTheDiagnosisElseTheName() throws Exception {
        assertThat(score("i", "{\"rootCauses\": [], \"platform\": \"pix 6\"}", FakeDiagnosis.roots()).platform()).isEqualTo("PIX");
        CaseScore fromFindings = score("j", "{\"rootCauses\": [\"PSK_MISMATCH\"]}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.8"));
        assertThat(fromFindings.platform()).isEqualTo("ASA");
        assertThat(fromFindings.platformGuessed()).isTrue();
        assertThat(score("ios-xe-flex-healthy", "{\"rootCauses\": []}", FakeDiagnosis.roots()).platform()).isEqualTo("IOS-XE");
    }

    @Test
    void calibrationBucketsCountEachClaimOnce() throws Exception {
        List<CaseScore> cases = List.of(
                score("k1", "{\"rootCauses\": [\"PSK_MISMATCH\"]}", FakeDiagnosis.of(List.of("PSK_MISMATCH@192.0.2.1:0.72"), List.of("PFS_MISMATCH@192.0.2.1:0.3"))),
                score("k2", "{\"rootCauses\": [\"PFS_MISMATCH\"]}", FakeDiagnosis.roots("PSK_MISMATCH@192.0.2.1:0.75", "PFS_MISMATCH@192.0.2.1:1.0")),
                score("k3", "{\"rootCauses\": []}", FakeDiagnosis.of(List.of(), List.of("PSK_MISMATCH@192.0.2.1:0.2"))));
        List<Calibration.Bucket> b = Calibration.of(cases);
        assertThat(b).extracting(Calibration.Bucket::label)
                .containsExactly("[0.3,0.5) hypotheses", "[0.5,0.6)", "[0.6,0.7)", "[0.7,0.8)", "[0.8,0.9)", "[0.9,1.0]");
        assertThat(b.get(0).count()).isEqualTo(1);   // 0.2 is below every bucket
        assertThat(b.get(0).right()).isZero();
        assertThat(b.get(3).count()).isEqualTo(2);
        assertThat(b.get(3).right()).isEqualTo(1);
        assertThat(b.get(3).rate()).isEqualTo(0.5);
        assertThat(b.get(5).count()).isEqualTo(1);   // 1.0 falls in the last bucket
        assertThat(b.get(5).right()).isEqualTo(1);
    }
}
