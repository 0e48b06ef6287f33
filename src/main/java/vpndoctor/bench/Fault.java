package vpndoctor.bench;

/**
 * What the generator injects into one tunnel, and the root cause the diagnosis must then report.
 * The wordings are the ASA syslog forms of the bundled sample cases (048, 053, 066 and the
 * three-peer case), so a generated day of syslog exercises the same parser paths as the samples.
 */
public enum Fault {
    PSK_MISMATCH("PSK_MISMATCH"),
    TRANSFORM_MISMATCH("TRANSFORM_SET_MISMATCH"),
    IKE_BLOCKED("IKE_TRAFFIC_BLOCKED"),
    PROXY_MISMATCH("ENCRYPTION_DOMAIN_MISMATCH"),
    HEALTHY(null);

    /** Cause id expected on the tunnel, or null for a healthy tunnel (no root cause at all). */
    public final String expectedCause;

    Fault(String expectedCause) {
        this.expectedCause = expectedCause;
    }

    /** The fault of tunnel k: a fixed rotation shifted by the seed, so every kind appears once T ≥ 5. */
    static Fault forTunnel(int k, long seed) {
        Fault[] all = values();
        return all[(int) Math.floorMod(k + seed, all.length)];
    }
}
