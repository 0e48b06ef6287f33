package vpndoctor.model.config;

/**
 * Port qualifier of an ACL side: "any", "eq 80", "range 1000 2000", "gt 1023", "lt 1024",
 * "neq 23", or "object-group NAME" (a service group, kept by name). Port names (www, ssh) are
 * translated to numbers when known; an unknown name keeps low/high = -1.
 */
public final class PortMatch {
    public static final PortMatch ANY = new PortMatch("any", -1, -1, "any");

    private final String op;
    private final int low;
    private final int high;
    private final String text;

    public PortMatch(String op, int low, int high, String text) {
        this.op = op;
        this.low = low;
        this.high = high;
        this.text = text;
    }

    public String getOp() { return op; }
    public int getLow() { return low; }
    public int getHigh() { return high; }
    public boolean isAny() { return "any".equals(op); }
    public String getText() { return text; }

    @Override public boolean equals(Object o) { return o instanceof PortMatch p && p.text.equals(text); }
    @Override public int hashCode() { return text.hashCode(); }
    @Override public String toString() { return text; }
}
