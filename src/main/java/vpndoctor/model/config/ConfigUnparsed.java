package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/** A VPN-relevant config line that was not understood (or had a bad value), and why. */
@FactDoc(value = "A VPN-relevant config line that was not understood (or had a bad value), and why.",
        example = "ConfigUnparsed( text contains \"crypto map\" )")
public final class ConfigUnparsed extends ConfigFact {
    private final String reason;

    public ConfigUnparsed(String id, Side side, Origin origin, String reason) {
        super(id, side, List.of(origin));
        this.reason = nz(reason);
    }

    public String getReason() { return reason; }
    public String getText() { return getOrigin().getText(); }
    public int getLine() { return getOrigin().getLine(); }

    @Override public String describe() { return who() + " config line " + getOrigin().getLine() + " not used: " + reason + ": " + getOrigin().getText().trim(); }
}
