package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * Extended authentication or mode-config is configured. scope = crypto map name, or "global";
 * kind = "xauth" or "config-mode"; detail = the rest of the line (AAA server group, pool).
 */
@FactDoc(value = "Extended authentication or mode-config is configured; scope = crypto map name or 'global'; kind = 'xauth' or 'config-mode'.",
        example = "XauthSetting( side == Side.LOCAL, kind == \"xauth\" )")
public final class XauthSetting extends ConfigFact {
    private final String scope;
    private final String kind;
    private final String detail;

    public XauthSetting(String id, Side side, List<Origin> origins, String scope, String kind, String detail) {
        super(id, side, origins);
        this.scope = nz(scope);
        this.kind = nz(kind);
        this.detail = nz(detail);
    }

    public String getScope() { return scope; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
    public boolean isGlobal() { return "global".equals(scope); }

    @Override public String describe() { return who() + " " + kind + " on " + (isGlobal() ? "all peers" : "crypto map " + scope) + (detail.isEmpty() ? "" : " (" + detail + ")"); }
}
