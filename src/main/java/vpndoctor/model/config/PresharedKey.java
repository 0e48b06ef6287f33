package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * A pre-shared key for a peer. The clear key is never kept: keyDigest is an HMAC of it with a key
 * random per JVM, so two configs read in one run can be compared for equality and nothing else.
 * keyDigest is "" when the config shows the key hidden ("*****", "8 ..." encrypted): unknown, not equal.
 * source: "pix-isakmp-key", "ios-isakmp-key", "ios-keyring", "asa-tunnel-group".
 * order: position among the keys of this config (1 = first), which matters for wildcard keys.
 */
@FactDoc(value = "A pre-shared key for a peer. The clear key is never kept: keyDigest is a per-run keyed hash ('' when the config hides the key), so keys can be compared for equality only.",
        example = "PresharedKey( side == Side.LOCAL, peerAddress == \"192.0.2.1\", keyKnown, $d : keyDigest )")
public final class PresharedKey extends ConfigFact {
    public static final String MASKED = "****";

    private final String peerAddress;
    private final String peerMask;
    private final String peerHostname;
    private final String keyDigest;
    private final boolean noXauth;
    private final boolean noConfigMode;
    private final int order;
    private final String source;

    public PresharedKey(String id, Side side, List<Origin> origins, String peerAddress, String peerMask, String peerHostname,
                        String keyDigest, boolean noXauth, boolean noConfigMode, int order, String source) {
        super(id, side, origins);
        this.peerAddress = nz(peerAddress);
        this.peerMask = nz(peerMask);
        this.peerHostname = nz(peerHostname);
        this.keyDigest = nz(keyDigest);
        this.noXauth = noXauth;
        this.noConfigMode = noConfigMode;
        this.order = order;
        this.source = nz(source);
    }

    public String getPeerAddress() { return peerAddress; }
    public String getPeerMask() { return peerMask; }
    /** IOS "crypto isakmp key K hostname H": H, else "". */
    public String getPeerHostname() { return peerHostname; }
    /** Peers this key applies to, or null for a hostname key or an unreadable address. */
    public Net getPeerNet() {
        try { return peerAddress.isEmpty() ? null : peerMask.startsWith("/") ? Net.parse(peerAddress + peerMask)
                : Ip.net(peerAddress, peerMask.isEmpty() ? "255.255.255.255" : peerMask, false); }
        catch (IllegalArgumentException e) { return null; }
    }
    public boolean appliesTo(String address) {
        Net n = getPeerNet();
        try { return n != null && n.contains(address); } catch (IllegalArgumentException e) { return false; }
    }
    public String getKeyDigest() { return keyDigest; }
    public boolean isKeyKnown() { return !keyDigest.isEmpty(); }
    public String getMaskedKey() { return MASKED; }
    public boolean isNoXauth() { return noXauth; }
    public boolean isNoConfigMode() { return noConfigMode; }
    public boolean isWildcard() { Net n = getPeerNet(); return n != null && n.isAny(); }
    public int getOrder() { return order; }
    public String getSource() { return source; }

    @Override public String describe() {
        String peer = !peerHostname.isEmpty() ? "hostname " + peerHostname
                : isWildcard() ? "any peer (wildcard 0.0.0.0/0)" : peerAddress + (peerMask.isEmpty() || "255.255.255.255".equals(peerMask) ? "" : " " + peerMask);
        return who() + " pre-shared key " + MASKED + " for " + peer + " (#" + order + ", " + source + ")"
                + (noXauth ? " no-xauth" : "") + (noConfigMode ? " no-config-mode" : "") + (isKeyKnown() ? "" : " [key hidden in config]");
    }
}
