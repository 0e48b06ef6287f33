package vpndoctor.bench;

/** One generated tunnel: its peer address, encryption domains and the fault it carries. */
public record Tunnel(int index, String peer, String localNet, String remoteNet, Fault fault) {
    static final String LOCAL_GATEWAY = "198.51.100.1";

    public static Tunnel of(int k, long seed) {
        // peers outside our own /24 and unique for up to 64k tunnels
        String peer = "203.0." + (113 + k / 250) % 256 + "." + (k % 250 + 1);
        String localNet = "10." + (k / 200) % 100 + "." + (k % 200) + ".0";
        String remoteNet = "172." + (16 + k / 250 % 16) + "." + (k % 250) + ".0";
        return new Tunnel(k, peer, localNet, remoteNet, Fault.forTunnel(k, seed));
    }

    /** The same tunnel carrying another fault (a schedule's segment). */
    public Tunnel withFault(Fault f) {
        return new Tunnel(index, peer, localNet, remoteNet, f);
    }
}
