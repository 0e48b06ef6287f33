package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;
import java.util.Objects;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;
import vpndoctor.model.Traceable;

/**
 * Common part of every config fact: id, side and the config lines it came from. Subclasses are
 * final and immutable so Drools can index them safely (no modify() on config facts).
 */
@FactDoc(value = "Common part of every config fact (input): id, side (LOCAL = the device whose logs we read, PEER) and the config lines it came from. Match a subclass, not this.",
        example = "ConfigFact( side == Side.PEER )")
public abstract class ConfigFact implements Traceable {
    private final String id;
    private final Side side;
    private final List<Origin> origins;

    protected ConfigFact(String id, Side side, List<Origin> origins) {
        this.id = Objects.requireNonNull(id, "id");
        this.side = Objects.requireNonNull(side, "side");
        this.origins = List.copyOf(origins);
    }

    @Override public final String getId() { return id; }
    public final Side getSide() { return side; }
    @Override public final List<Origin> getOrigins() { return origins; }
    /** First line the fact was read from (null only for synthesised facts). */
    public final Origin getOrigin() { return origins.isEmpty() ? null : origins.get(0); }

    /** "local"/"peer" prefix used by describe(), so explanations say which device. */
    protected final String who() { return side == Side.LOCAL ? "local" : "peer"; }

    static String nz(String s) { return s == null ? "" : s; }

    @Override public final String toString() { return id + " " + describe(); }
}
