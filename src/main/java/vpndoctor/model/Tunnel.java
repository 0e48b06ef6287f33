package vpndoctor.model;

/** Conclusions are keyed by tunnel: the peer gateway's address (our side is the device we read). */
public final class Tunnel {
    /** Key used when the evidence does not name a peer. */
    public static final String UNKNOWN = "unknown";

    private Tunnel() {}
}
