package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** A crypto map applied to an interface (PIX/ASA "crypto map M interface outside", IOS " crypto map M"). */
@FactDoc(value = "A crypto map applied to an interface (PIX/ASA 'crypto map M interface outside', IOS ' crypto map M').",
        example = "CryptoMapBinding( side == Side.LOCAL, $map : map, iface == \"outside\" )")
public final class CryptoMapBinding extends ConfigFact {
    private final String map;
    private final String iface;

    public CryptoMapBinding(String id, Side side, List<Origin> origins, String map, String iface) {
        super(id, side, origins);
        this.map = nz(map);
        this.iface = nz(iface);
    }

    public String getMap() { return map; }
    public String getIface() { return iface; }

    @Override public String describe() { return who() + " crypto map " + map + " applied to " + iface; }
}
