package vpndoctor.model;

/** Conclusions are keyed by tunnel: the peer gateway's address (our side is the device we read). */
public final class Tunnel {
    /** Key used when the evidence does not name a peer. */
    public static final String UNKNOWN = "unknown";

    /** Between the peer and the device in the name of one device's tunnel to a peer that several logging devices talk to. */
    private static final char DEVICE_MARK = '@';

    private Tunnel() {}

    /** The tunnel of one device to a peer other logging devices talk to as well: "peer@device". */
    public static String ofDevice(String peer, String device) {
        return peer + DEVICE_MARK + device;
    }

    /** The peer address a tunnel name stands for: the name itself, or its part before "@device". */
    public static String peerOf(String tunnel) {
        int at = tunnel == null ? -1 : tunnel.indexOf(DEVICE_MARK);
        return at < 0 ? tunnel : tunnel.substring(0, at);
    }
}
