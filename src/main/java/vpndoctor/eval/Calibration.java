package vpndoctor.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Does a confidence mean what it says? Every claimed cause is one sample, put in the bucket of its
 * confidence: hypotheses (not ruled out) from 0.3 to 0.5, root causes by tenths from 0.5 to 1.0.
 * A sample is right when the case's expectation backs that cause on that tunnel (the expected
 * cause, a refinement of it, or an acceptable one). A well calibrated bucket's rate is near its
 * confidence.
 */
public final class Calibration {
    /** One bucket, [low, high) (the last one includes 1.0). */
    public record Bucket(String label, double low, double high, boolean rootCauses, int count, int right, double meanConfidence) {
        @com.fasterxml.jackson.annotation.JsonProperty("rate")
        public double rate() { return count == 0 ? 0 : (double) right / count; }
    }

    private static final double[][] RANGES = {{0.3, 0.5}, {0.5, 0.6}, {0.6, 0.7}, {0.7, 0.8}, {0.8, 0.9}, {0.9, 1.0001}};

    private Calibration() {}

    public static List<Bucket> of(List<CaseScore> cases) {
        List<Bucket> out = new ArrayList<>();
        for (double[] r : RANGES) {
            boolean roots = r[0] >= 0.5;
            int n = 0, right = 0;
            double sum = 0;
            for (CaseScore c : cases) {
                for (CaseScore.Claim cl : c.claims()) {
                    if (cl.rootCause() != roots || cl.confidence() < r[0] || cl.confidence() >= r[1]) continue;
                    n++;
                    sum += cl.confidence();
                    if (cl.right()) right++;
                }
            }
            String label = String.format(java.util.Locale.ROOT, r[1] > 1 ? "[%.1f,1.0]" : "[%.1f,%.1f)", r[0], r[1]) + (roots ? "" : " hypotheses");
            out.add(new Bucket(label, r[0], Math.min(r[1], 1.0), roots, n, right, n == 0 ? 0 : sum / n));
        }
        return out;
    }
}
