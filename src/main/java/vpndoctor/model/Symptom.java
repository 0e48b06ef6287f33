package vpndoctor.model;

import java.util.Objects;

/**
 * What the logs show, in protocol terms, for one tunnel (e.g. PHASE2_PROXY_REJECTED). Derived from
 * log events by the symptom rules; hypotheses are built on symptoms, never on raw lines.
 */
@FactDoc(value = "What the logs show, in protocol terms, for one tunnel (code e.g. P2_PROXY_REJECTED). Derived from log events by rules-drl/symptoms; hypothesis rules build on symptoms. Insert with insertLogical.",
        example = "Symptom( code == \"P2_PROXY_REJECTED\", $t : tunnel )")
public final class Symptom {
    private final String code;
    private final String tunnel;
    private final String detail;
    private final String variant;

    public Symptom(String code, String tunnel) { this(code, tunnel, ""); }

    public Symptom(String code, String tunnel, String detail) { this(code, tunnel, detail, ""); }

    /** variant: a code (not prose) for a form of the symptom that hypotheses weigh differently. */
    public Symptom(String code, String tunnel, String detail, String variant) {
        this.code = Objects.requireNonNull(code, "code");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.detail = detail == null ? "" : detail;
        this.variant = variant == null ? "" : variant;
    }

    @FactDoc("the symptom name, e.g. P2_PROXY_REJECTED, PHASE1_UP")
    public String getCode() { return code; }
    public String getTunnel() { return tunnel; }
    @FactDoc("free text detail (e.g. an address), \"\" when none")
    public String getDetail() { return detail; }
    @FactDoc("a code for a form of the symptom that rules weigh differently (e.g. PMTU_EXCEEDED), \"\" when none; match this, never the detail text")
    public String getVariant() { return variant; }

    @Override public boolean equals(Object o) {
        return o instanceof Symptom s && code.equals(s.code) && tunnel.equals(s.tunnel) && detail.equals(s.detail) && variant.equals(s.variant);
    }
    @Override public int hashCode() { return Objects.hash(code, tunnel, detail, variant); }
    @Override public String toString() {
        return "Symptom " + code + (variant.isEmpty() ? "" : "/" + variant) + " @" + tunnel + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
