package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** IOS "tunnel vrf X" under a tunnel interface: the tunnel's transport (its IKE and ESP packets) runs in VRF X, a front-door VRF. */
@FactDoc(value = "IOS 'tunnel vrf X' under a tunnel interface: its IKE and ESP packets run in the front-door VRF X.",
        example = "FrontDoorVrf( side == Side.LOCAL, $ifc : iface, $vrf : vrf )")
public final class FrontDoorVrf extends ConfigFact {
    private final String iface;
    private final String vrf;

    public FrontDoorVrf(String id, Side side, List<Origin> origins, String iface, String vrf) {
        super(id, side, origins);
        this.iface = nz(iface);
        this.vrf = nz(vrf);
    }

    public String getIface() { return iface; }
    public String getVrf() { return vrf; }

    @Override public String describe() { return who() + " tunnel " + iface + " runs in front-door VRF " + vrf; }
}
