package vpndoctor.model;

/** Which device a config fact belongs to: ours (the one whose logs we read) or the peer. */
public enum Side { LOCAL, PEER;
    public Side other() { return this == LOCAL ? PEER : LOCAL; }
}
