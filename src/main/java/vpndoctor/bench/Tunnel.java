package vpndoctor.bench;

/** One generated tunnel: its peer address, encryption domains and the fault it carries. */
public record Tunnel(int index, String peer, String localNet, String remoteNet, Fault fault) {
    static final String LOCAL_GATEWAY = "198.51.100.1";

    public static Tunnel of(int k, long seed) {
        String peer = peerAddress(k);
        String localNet = "10." + (k / 200) % 100 + "." + (k % 200) + ".0";
        String remoteNet = "172." + (16 + k / 250 % 16) + "." + (k % 250) + ".0";
        return new Tunnel(k, peer, localNet, remoteNet, Fault.forTunnel(k, seed));
    }

    /** Peers outside our own /24, unique for up to 4M tunnels (the first 60k as before: same bytes for old seeds). */
    static String peerAddress(int k) {
        if (k < 60_000) return vpndoctor.model.config.Ip.plus("203.0.0.0", 256L * Math.floorMod(113 + k / 250, 256) + k % 250 + 1);
        int j = k - 60_000;
        return "100." + (64 + j / 62_500) + "." + (j / 250 % 250) + "." + (j % 250 + 1);
    }

    /** The same tunnel carrying another fault (a schedule's segment). */
    public Tunnel withFault(Fault f) {
        return new Tunnel(index, peer, localNet, remoteNet, f);
    }
}
