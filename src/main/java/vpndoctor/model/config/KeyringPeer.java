package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * One peer of an IOS "crypto ikev2 keyring K": its address range (or hostname / identity) and the
 * keys, compared by keyed hash only. localKey is the key this device signs with, remoteKey the one it
 * expects from the peer; a single "pre-shared-key K" is both. "" = no such key (or hidden).
 */
@FactDoc(value = "A peer of an IKEv2 keyring: address/prefix (or hostname), local key and remote key digests (a single pre-shared-key line sets both; '' = none or hidden).",
        example = "KeyringPeer( side == Side.PEER, covers(\"192.0.2.1\"), $lk : localKey )")
public final class KeyringPeer extends ConfigFact {
    private final String keyring;
    private final String peerName;
    private final String address;
    private final int prefix;
    private final String hostname;
    private final String localKey;
    private final String remoteKey;
    /** The peer's range, parsed once: covers() is evaluated per tunnel and keyring peer. null = no address. */
    private final Net range;

    public KeyringPeer(String id, Side side, List<Origin> origins, String keyring, String peerName, String address, int prefix,
                       String hostname, String localKey, String remoteKey) {
        super(id, side, origins);
        this.keyring = nz(keyring);
        this.peerName = nz(peerName);
        this.address = nz(address);
        this.prefix = prefix;
        this.hostname = nz(hostname);
        this.localKey = nz(localKey);
        this.remoteKey = nz(remoteKey);
        Net r = null;
        try { if (!this.address.isEmpty() && prefix >= 0) r = Net.of(this.address, prefix); } catch (RuntimeException e) { r = null; }
        this.range = r;
    }

    public String getKeyring() { return keyring; }
    public String getPeerName() { return peerName; }
    public String getAddress() { return address; }
    @FactDoc("prefix length of the peer's address range (32 or 128 for one host, 0 for any); -1 with no address")
    public int getPrefix() { return prefix; }
    public String getHostname() { return hostname; }
    public String getLocalKey() { return localKey; }
    public String getRemoteKey() { return remoteKey; }
    public boolean isKeysKnown() { return !localKey.isEmpty() && !remoteKey.isEmpty(); }

    /** Whether this keyring peer's address range holds the address. */
    public boolean covers(String addr) {
        if (address.isEmpty() || prefix < 0 || addr == null || addr.isEmpty()) return false;
        if (range == null) return false;
        try { return range.contains(addr); } catch (RuntimeException e) { return false; }
    }

    @Override public String describe() {
        return who() + " ikev2 keyring " + keyring + " peer " + peerName + " " + (address.isEmpty() ? hostname : address + "/" + prefix)
                + (localKey.equals(remoteKey) ? " one key" : " local and remote keys");
    }
}
