package vpndoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vpndoctor.model.CandidateCause;

/** RuleFile and CandidateCause write out equals and hashCode: the same answers and hash values as records of the same components. */
class RecordMethodsTest {
    record RuleFileTwin(String relative, String location, String content, boolean bundled) {}

    record CandidateCauseTwin(String causeId, String tunnel) {}

    private static final String[] WORDS = {"", "a", "PSK_MISMATCH", "10.0.0.1", "symptoms/phase1.drl", "rules-drl/x.drl", "package x;\nrule \"r\" when then end\n", "Aa", "BB"};

    private static String word(Random r, boolean nulls) {
        return nulls && r.nextInt(5) == 0 ? null : WORDS[r.nextInt(WORDS.length)];
    }

    @Test
    void ruleFileAnswersAsARecord() {
        Random r = new Random(8);
        List<RuleFile> files = new ArrayList<>();
        List<RuleFileTwin> twins = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = word(r, false), b = word(r, false), c = word(r, false);
            boolean d = r.nextBoolean();
            files.add(new RuleFile(a, b, c, d));
            twins.add(new RuleFileTwin(a, b, c, d));
        }
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i).hashCode()).isEqualTo(twins.get(i).hashCode());
            assertThat(files.get(i).equals(null)).isFalse();
            assertThat(files.get(i).equals(twins.get(i))).isFalse();
            for (int j = 0; j < files.size(); j++) assertThat(files.get(i).equals(files.get(j))).isEqualTo(twins.get(i).equals(twins.get(j)));
        }
    }

    @Test
    void candidateCauseAnswersAsARecord() {
        Random r = new Random(14);
        List<CandidateCause> causes = new ArrayList<>();
        List<CandidateCauseTwin> twins = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = word(r, true), b = word(r, true);
            causes.add(new CandidateCause(a, b));
            twins.add(new CandidateCauseTwin(a, b));
        }
        for (int i = 0; i < causes.size(); i++) {
            assertThat(causes.get(i).hashCode()).isEqualTo(twins.get(i).hashCode());
            assertThat(causes.get(i).equals(null)).isFalse();
            assertThat(causes.get(i).equals("x")).isFalse();
            for (int j = 0; j < causes.size(); j++) assertThat(causes.get(i).equals(causes.get(j))).isEqualTo(twins.get(i).equals(twins.get(j)));
        }
    }
}
