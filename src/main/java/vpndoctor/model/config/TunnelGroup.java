package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * ASA tunnel-group: name (peer address or an alias), type ipsec-l2l|remote-access, and whether a
 * pre-shared key is set in its ipsec-attributes. keyDigest as in PresharedKey (IKEv1 key or IKEv2
 * remote-authentication key); localKeyDigest = IKEv2 local-authentication key.
 */
@FactDoc(value = "ASA tunnel-group: name (peer address or an alias), type ipsec-l2l|remote-access, whether it has a pre-shared key (keyDigest as in PresharedKey).",
        example = "TunnelGroup( side == Side.LOCAL, lanToLan, !namedByAddress )")
public final class TunnelGroup extends ConfigFact {
    private final String name;
    private final String type;
    private final boolean hasPresharedKey;
    private final String keyDigest;
    private final String localKeyDigest;

    public TunnelGroup(String id, Side side, List<Origin> origins, String name, String type,
                       boolean hasPresharedKey, String keyDigest, String localKeyDigest) {
        super(id, side, origins);
        this.name = nz(name);
        this.type = nz(type);
        this.hasPresharedKey = hasPresharedKey;
        this.keyDigest = nz(keyDigest);
        this.localKeyDigest = nz(localKeyDigest);
    }

    public String getName() { return name; }
    public String getType() { return type; }
    public boolean isLanToLan() { return "ipsec-l2l".equals(type); }
    /**
     * True for the ASA's built-in groups (DefaultL2LGroup, DefaultRAGroup, DefaultWEBVPNGroup): a peer that no group
     * of its own name matches lands there, so their name is no alias for one peer.
     */
    public boolean isBuiltIn() { return BUILT_IN_TYPES.containsKey(name); }

    /**
     * The ASA's built-in groups and their fixed types: they exist on every ASA and a show run prints them
     * without a "type" line, so their type is known from the name.
     */
    public static final java.util.Map<String, String> BUILT_IN_TYPES = java.util.Map.of(
            "DefaultL2LGroup", "ipsec-l2l", "DefaultRAGroup", "remote-access", "DefaultWEBVPNGroup", "webvpn");
    /** True when the group is named by an IP address (ASA then matches it to the peer's address identity). */
    public boolean isNamedByAddress() { return Ip.isAddress(name); }
    public boolean isHasPresharedKey() { return hasPresharedKey; }
    public String getKeyDigest() { return keyDigest; }
    public String getLocalKeyDigest() { return localKeyDigest; }

    @Override public String describe() {
        return who() + " tunnel-group " + name + " type " + (type.isEmpty() ? "?" : type)
                + (hasPresharedKey ? " with pre-shared key " + PresharedKey.MASKED : " without pre-shared key");
    }
}
