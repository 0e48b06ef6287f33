package vpndoctor.model;

import java.util.Objects;

/**
 * What the logs show, in protocol terms, for one tunnel (e.g. PHASE2_PROXY_REJECTED). Derived from
 * log events by the symptom rules; hypotheses are built on symptoms, never on raw lines.
 */
public final class Symptom {
    private final String code;
    private final String tunnel;
    private final String detail;

    public Symptom(String code, String tunnel) { this(code, tunnel, ""); }

    public Symptom(String code, String tunnel, String detail) {
        this.code = Objects.requireNonNull(code, "code");
        this.tunnel = tunnel == null ? Tunnel.UNKNOWN : tunnel;
        this.detail = detail == null ? "" : detail;
    }

    public String getCode() { return code; }
    public String getTunnel() { return tunnel; }
    public String getDetail() { return detail; }

    @Override public boolean equals(Object o) {
        return o instanceof Symptom s && code.equals(s.code) && tunnel.equals(s.tunnel) && detail.equals(s.detail);
    }
    @Override public int hashCode() { return Objects.hash(code, tunnel, detail); }
    @Override public String toString() {
        return "Symptom " + code + " @" + tunnel + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
