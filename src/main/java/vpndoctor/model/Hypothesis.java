package vpndoctor.model;

import java.util.List;
import java.util.Objects;

/**
 * A candidate root cause for a tunnel with its confidence. Confidence combines the supports by
 * noisy-OR (independent pieces of evidence each leave a chance the cause is something else:
 * 1 - prod(1 - w)) and then multiplies by every Against factor. Any factor 0 rules it out.
 * Confidence is rounded to 3 decimals so equal evidence gives equal facts (truth maintenance
 * de-duplicates by equality).
 */
@FactDoc(value = "A candidate root cause on a tunnel with its confidence: supports combined by noisy-OR, 1 - prod(1 - weight), times every Against factor. Inserted by the weighing rule only; at 0.5 or more it becomes a RootCause.",
        example = "Hypothesis( causeId == \"ENCRYPTION_DOMAIN_MISMATCH\", confidence >= 0.5, ruledOut == false, $t : tunnel )")
public final class Hypothesis {
    private final String causeId;
    private final String tunnel;
    private final double confidence;
    private final boolean ruledOut;
    private final List<Support> supports;
    private final List<Against> againsts;

    private Hypothesis(String causeId, String tunnel, List<Support> supports, List<Against> againsts) {
        this.causeId = Objects.requireNonNull(causeId);
        this.tunnel = tunnel;
        this.supports = List.copyOf(supports);
        this.againsts = List.copyOf(againsts);
        double miss = 1.0;
        for (Support s : supports) miss *= 1.0 - s.getWeight();
        double c = 1.0 - miss;
        boolean out = false;
        for (Against a : againsts) {
            c *= a.getFactor();
            out |= a.isRuleOut();
        }
        this.confidence = Math.round(c * 1000) / 1000.0;
        this.ruledOut = out;
    }

    /** Weighs the evidence collected for one cause on one tunnel. */
    public static Hypothesis weigh(String causeId, String tunnel, List<?> supports, List<?> againsts) {
        List<Support> s = supports.stream().map(Support.class::cast)
                .sorted((a, b) -> Double.compare(b.getWeight(), a.getWeight())).toList();
        List<Against> a = againsts.stream().map(Against.class::cast)
                .sorted((x, y) -> Double.compare(x.getFactor(), y.getFactor())).toList();
        return new Hypothesis(causeId, tunnel, s, a);
    }

    public String getCauseId() { return causeId; }
    public String getTunnel() { return tunnel; }
    @FactDoc("noisy-OR of the supports times every against factor, rounded to 3 decimals")
    public double getConfidence() { return confidence; }
    public boolean isRuledOut() { return ruledOut; }
    public List<Support> getSupports() { return supports; }
    public List<Against> getAgainsts() { return againsts; }

    @Override public boolean equals(Object o) {
        return o instanceof Hypothesis h && causeId.equals(h.causeId) && tunnel.equals(h.tunnel)
                && confidence == h.confidence && ruledOut == h.ruledOut
                && supports.equals(h.supports) && againsts.equals(h.againsts);
    }
    @Override public int hashCode() { return Objects.hash(causeId, tunnel, confidence, ruledOut); }
    @Override public String toString() {
        return "Hypothesis " + causeId + " @" + tunnel + " " + confidence + (ruledOut ? " (ruled out)" : "");
    }
}
