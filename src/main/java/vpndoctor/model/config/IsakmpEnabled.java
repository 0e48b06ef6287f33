package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** IKE is enabled on an interface (PIX "isakmp enable outside", ASA "crypto ikev1 enable outside"). */
@FactDoc(value = "IKE is enabled on an interface (PIX 'isakmp enable outside', ASA 'crypto ikev1 enable outside').",
        example = "IsakmpEnabled( side == Side.LOCAL, iface == \"outside\", ikeVersion == 1 )")
public final class IsakmpEnabled extends ConfigFact {
    private final String iface;
    private final int ikeVersion;

    public IsakmpEnabled(String id, Side side, List<Origin> origins, String iface, int ikeVersion) {
        super(id, side, origins);
        this.iface = nz(iface);
        this.ikeVersion = ikeVersion;
    }

    public String getIface() { return iface; }
    public int getIkeVersion() { return ikeVersion; }

    @Override public String describe() { return who() + " IKEv" + ikeVersion + " enabled on " + iface; }
}
