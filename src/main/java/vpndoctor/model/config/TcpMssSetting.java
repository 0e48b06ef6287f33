package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** TCP MSS clamp: "sysopt connection tcpmss N" (iface "") or IOS "ip tcp adjust-mss N" on an interface. */
@FactDoc(value = "TCP MSS clamp: 'sysopt connection tcpmss N' (global) or IOS 'ip tcp adjust-mss N' on an interface.",
        example = "TcpMssSetting( side == Side.LOCAL, value > 1380 )")
public final class TcpMssSetting extends ConfigFact {
    private final int value;
    private final String iface;

    public TcpMssSetting(String id, Side side, List<Origin> origins, int value, String iface) {
        super(id, side, origins);
        this.value = value;
        this.iface = nz(iface);
    }

    public int getValue() { return value; }
    public String getIface() { return iface; }
    public boolean isGlobal() { return iface.isEmpty(); }

    @Override public String describe() { return who() + " TCP MSS " + value + (iface.isEmpty() ? " (all connections)" : " on " + iface); }
}
