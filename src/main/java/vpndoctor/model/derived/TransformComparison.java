package vpndoctor.model.derived;

import vpndoctor.model.FactDoc;

import java.util.Objects;

/**
 * The transform sets the two ends of one tunnel offer each other, side by side: from the two configs
 * (our crypto map entry and the peer's that points back at us) or from both devices' 'show crypto
 * map' entries for each other. One fact for both sources, so one rule weighs a missing common set.
 * between names the two entries; ours/theirs list what each offers; shared = an identical set exists.
 * anchored: both sides are tied to this tunnel (entries naming each other); false for what our debug's
 * SA request offered against a peer config excerpt that names no peer (rules-drl/config/sent-transforms.drl),
 * where shared = a peer set could accept it.
 */
@FactDoc(value = "Derived by rules-drl/config: the transform sets both ends of a tunnel offer each other (from the two configs, or both devices' show crypto map entries; anchored), or what our SA request offered against a peer config excerpt tied to the tunnel only by being the one peer in play (!anchored); shared = one set is identical on both (a peer set could accept the request).",
        example = "$c : TransformComparison( !shared, anchored, $t : tunnel )")
public final class TransformComparison {
    private final String tunnel;
    private final String between;
    private final String ours;
    private final String theirs;
    private final boolean shared;
    private final boolean anchored;

    public TransformComparison(String tunnel, String between, String ours, String theirs, boolean shared) {
        this(tunnel, between, ours, theirs, shared, true);
    }

    public TransformComparison(String tunnel, String between, String ours, String theirs, boolean shared, boolean anchored) {
        this.anchored = anchored;
        this.tunnel = Objects.requireNonNull(tunnel);
        this.between = Objects.requireNonNull(between);
        this.ours = Objects.requireNonNull(ours);
        this.theirs = Objects.requireNonNull(theirs);
        this.shared = shared;
    }

    public String getTunnel() { return tunnel; }
    /** The two entries compared, for explanations ("our map entry 10 and the peer's 20"). */
    public String getBetween() { return between; }
    /** What our end offers, for explanations. */
    public String getOurs() { return ours; }
    /** What the other end offers, for explanations. */
    public String getTheirs() { return theirs; }
    public boolean isShared() { return shared; }
    /** Both sides tied to the tunnel by entries naming each other; false for a sent proposal against a peer excerpt. */
    @FactDoc("both sides tied to the tunnel by entries naming each other; false for what our SA request offered against a peer excerpt")
    public boolean isAnchored() { return anchored; }

    @Override public boolean equals(Object o) {
        return o instanceof TransformComparison c && c.tunnel.equals(tunnel) && c.between.equals(between) && c.ours.equals(ours)
                && c.theirs.equals(theirs) && c.shared == shared && c.anchored == anchored;
    }
    @Override public int hashCode() { return Objects.hash(tunnel, between, ours, theirs, shared, anchored); }
    @Override public String toString() {
        return "transform sets on tunnel " + tunnel + ", " + between + ": ours " + ours + "; theirs " + theirs + (shared ? " (one in common)" : " (none in common)") + (anchored ? "" : " (unanchored)");
    }
}
