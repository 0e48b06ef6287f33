package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** How the device identifies itself in phase 1: address, hostname, auto or key-id (value = the key-id). */
@FactDoc(value = "How the device identifies itself in phase 1: address, hostname, auto or key-id (value = the key-id).",
        example = "IsakmpIdentity( side == Side.PEER, !address )")
public final class IsakmpIdentity extends ConfigFact {
    private final String mode;
    private final String value;

    public IsakmpIdentity(String id, Side side, List<Origin> origins, String mode, String value) {
        super(id, side, origins);
        this.mode = nz(mode);
        this.value = nz(value);
    }

    public String getMode() { return mode; }
    public String getValue() { return value; }
    public boolean isAddress() { return "address".equals(mode); }

    @Override public String describe() { return who() + " isakmp identity " + mode + (value.isEmpty() ? "" : " " + value); }
}
