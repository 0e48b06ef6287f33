package vpndoctor.model.config;

import java.util.List;
import vpndoctor.model.FactDoc;
import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** IOS XE "crypto engine compliance shield disable": weak IPsec algorithms are allowed again (after a reload). */
@FactDoc(value = "IOS XE 'crypto engine compliance shield disable': the router allows the weak IPsec algorithms "
        + "17.11 and later refuse by default (Cisco FN72510; effective after a reload).",
        example = "not ComplianceShieldDisabled( side == Side.LOCAL )")
public final class ComplianceShieldDisabled extends ConfigFact {
    public ComplianceShieldDisabled(String id, Side side, List<Origin> origins) {
        super(id, side, origins);
    }

    @Override public String describe() { return who() + " crypto engine compliance shield disabled (weak algorithms allowed)"; }
}
