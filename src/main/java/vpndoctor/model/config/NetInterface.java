package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * An interface: hardware name (ethernet0, GigabitEthernet0/0), PIX/ASA nameif ("outside", "" on
 * IOS), address/mask ("" when none), security level (-1 when the platform has none).
 */
@FactDoc(value = "An interface: hardware name, PIX/ASA nameif ('outside'; '' on IOS), address/mask ('' when none), security level (-1 when the platform has none).",
        example = "NetInterface( side == Side.LOCAL, nameif == \"outside\", $addr : address )")
public final class NetInterface extends ConfigFact {
    private final String name;
    private final String nameif;
    private final String address;
    private final String mask;
    private final int securityLevel;
    private final boolean shutdown;

    public NetInterface(String id, Side side, List<Origin> origins, String name, String nameif,
                        String address, String mask, int securityLevel, boolean shutdown) {
        super(id, side, origins);
        this.name = nz(name);
        this.nameif = nz(nameif);
        this.address = nz(address);
        this.mask = nz(mask);
        this.securityLevel = securityLevel;
        this.shutdown = shutdown;
    }

    public String getName() { return name; }
    public String getNameif() { return nameif; }
    /** The name crypto maps and routes use: nameif on PIX/ASA, the interface name on IOS. */
    public String getLogicalName() { return nameif.isEmpty() ? name : nameif; }
    public String getAddress() { return address; }
    public String getMask() { return mask; }
    public boolean hasAddress() { return !address.isEmpty(); }
    /** Connected subnet, or null when there is no (valid) address. */
    public Net getSubnet() {
        try { return address.isEmpty() ? null : Ip.net(address, mask.isEmpty() ? "255.255.255.255" : mask, false); }
        catch (IllegalArgumentException e) { return null; }
    }
    public int getSecurityLevel() { return securityLevel; }
    public boolean isShutdown() { return shutdown; }

    @Override public String describe() {
        return who() + " interface " + name + (nameif.isEmpty() ? "" : " (" + nameif + ")")
                + (address.isEmpty() ? " no address" : " " + address + " " + mask)
                + (securityLevel >= 0 ? " security" + securityLevel : "") + (shutdown ? " shutdown" : "");
    }
}
