package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * A route-based tunnel: IOS/IOS-XE or ASA "interface TunnelN" with its tunnel source (resolved to an
 * address when it names an interface), destination, mode, "tunnel protection ipsec profile" and the
 * DMVPN lines (NHRP network-id, authentication digest, NHS / map NBMA addresses, tunnel key).
 * farEnd is the address this tunnel talks to: its destination, else (a multipoint spoke) the first
 * NBMA address of its NHS or NHRP map; "" for a hub that waits for its spokes.
 * profileShared / modeShared say whether this device uses the same profile / mode on another tunnel
 * too, or is a multipoint hub serving many spokes with it: the device's policy, not a one-off value.
 */
@FactDoc(value = "A route-based tunnel interface (VTI, GRE over IPsec, DMVPN): tunnel source address, destination (farEnd: destination or the NHS's NBMA address), mode family ('gre' or 'ipsec'), protection profile ('' when none), NHRP settings.",
        example = "TunnelInterface( side == Side.LOCAL, protectionProfile != \"\", $far : farEnd )")
public final class TunnelInterface extends ConfigFact {
    private final String name;
    private final String sourceAddress;
    private final String destination;
    private final String farEnd;
    private final String mode;
    private final String protectionProfile;
    private final String nhrpNetworkId;
    private final String nhrpAuthDigest;
    private final String tunnelKey;
    private final boolean multipoint;
    private final boolean profileShared;
    private final boolean modeShared;

    public TunnelInterface(String id, Side side, List<Origin> origins, String name, String sourceAddress, String destination,
                           String farEnd, String mode, String protectionProfile, String nhrpNetworkId, String nhrpAuthDigest,
                           String tunnelKey, boolean multipoint, boolean profileShared, boolean modeShared) {
        super(id, side, origins);
        this.name = nz(name);
        this.sourceAddress = nz(sourceAddress);
        this.destination = nz(destination);
        this.farEnd = nz(farEnd);
        this.mode = nz(mode);
        this.protectionProfile = nz(protectionProfile);
        this.nhrpNetworkId = nz(nhrpNetworkId);
        this.nhrpAuthDigest = nz(nhrpAuthDigest);
        this.tunnelKey = nz(tunnelKey);
        this.multipoint = multipoint;
        this.profileShared = profileShared;
        this.modeShared = modeShared;
    }

    public String getName() { return name; }
    @FactDoc("the tunnel source's address (an interface named as source is resolved to its address); '' when unknown")
    public String getSourceAddress() { return sourceAddress; }
    public String getDestination() { return destination; }
    @FactDoc("the address this tunnel talks to: its destination, else the NBMA address of its NHS / NHRP map; '' for a hub")
    public String getFarEnd() { return farEnd; }
    @FactDoc("'gre' (gre ip, gre multipoint, the IOS default) or 'ipsec' (tunnel mode ipsec ipv4|ipv6), else the words as written")
    public String getMode() { return mode; }
    @FactDoc("the 'tunnel protection ipsec profile' name; '' when the tunnel is not protected")
    public String getProtectionProfile() { return protectionProfile; }
    public boolean isProtected() { return !protectionProfile.isEmpty(); }
    public String getNhrpNetworkId() { return nhrpNetworkId; }
    @FactDoc("keyed hash of 'ip nhrp authentication' ('' when none): compared for equality only")
    public String getNhrpAuthDigest() { return nhrpAuthDigest; }
    public String getTunnelKey() { return tunnelKey; }
    public boolean isMultipoint() { return multipoint; }
    @FactDoc("the device uses this tunnel's profile on another tunnel too, or is a multipoint hub: its value is the network's policy")
    public boolean isProfileShared() { return profileShared; }
    @FactDoc("the device uses this tunnel's mode on another tunnel too, or is a multipoint hub")
    public boolean isModeShared() { return modeShared; }

    @Override public String describe() {
        return who() + " interface " + name + " source " + sourceAddress + " destination " + (destination.isEmpty() ? "-" : destination)
                + " mode " + mode + (protectionProfile.isEmpty() ? " unprotected" : " protection " + protectionProfile);
    }
}
