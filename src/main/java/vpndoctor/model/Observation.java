package vpndoctor.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a person saw and reported (e.g. "large transfers hang"), loaded from a case's
 * observations.json. Kinds: LARGE_PACKETS_FAIL, SMALL_PACKETS_OK, PEER_SEES_PHASE1_UP,
 * TUNNEL_NEVER_UP, TRAFFIC_NOT_PASSING (rules may use others).
 */
@FactDoc(value = "Something a person saw and reported, read from a case's observations.json (input). Kinds: LARGE_PACKETS_FAIL, SMALL_PACKETS_OK, PEER_SEES_PHASE1_UP, TUNNEL_NEVER_UP, TRAFFIC_NOT_PASSING (rules may use others).",
        example = "$o : Observation( kind == \"LARGE_PACKETS_FAIL\", $t : tunnel )")
public final class Observation implements Traceable {
    private final String id;
    private final String kind;
    private final String tunnel;
    private final String note;
    private final Origin origin;

    public Observation(String id, String kind, String tunnel, String note, Origin origin) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.tunnel = tunnel == null || tunnel.isBlank() ? Tunnel.UNKNOWN : tunnel;
        this.note = note == null ? "" : note;
        this.origin = origin;
    }

    @Override public String getId() { return id; }
    public String getKind() { return kind; }
    public String getTunnel() { return tunnel; }
    public String getNote() { return note; }
    @Override public List<Origin> getOrigins() { return List.of(origin); }
    @Override public String describe() { return "observed " + kind + " @" + tunnel + (note.isEmpty() ? "" : ": " + note); }
    @Override public String toString() { return id + " " + describe(); }
}
