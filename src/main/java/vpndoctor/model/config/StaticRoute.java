package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** A static route; iface is the nameif/interface written on the line ("" when IOS names only a next hop). */
@FactDoc(value = "A static route; iface is the nameif/interface written on the line ('' when IOS names only a next hop).",
        example = "StaticRoute( side == Side.LOCAL, default, $gw : gateway )")
public final class StaticRoute extends ConfigFact {
    private final Net network;
    private final String gateway;
    private final String iface;

    public StaticRoute(String id, Side side, List<Origin> origins, Net network, String gateway, String iface) {
        super(id, side, origins);
        this.network = network;
        this.gateway = nz(gateway);
        this.iface = nz(iface);
    }

    public Net getNetwork() { return network; }
    public String getGateway() { return gateway; }
    public String getIface() { return iface; }
    public boolean isDefault() { return network.isAny(); }

    @Override public String describe() {
        return who() + " route " + network + " via " + (gateway.isEmpty() ? "?" : gateway) + (iface.isEmpty() ? "" : " on " + iface);
    }
}
