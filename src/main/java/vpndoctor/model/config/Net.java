package vpndoctor.model.config;

/**
 * An IPv4 network: address (host bits cleared) and prefix length. Value object: two Nets are
 * equal when they cover exactly the same addresses, whatever form the config used.
 */
public final class Net implements Comparable<Net> {
    public static final Net ANY = new Net(0L, 0);

    private final long address;
    private final int prefix;

    private Net(long address, int prefix) {
        this.address = address;
        this.prefix = prefix;
    }

    /** Builds a network; host bits of address are cleared (the device does the same). */
    public static Net of(long address, int prefix) {
        if (prefix < 0 || prefix > 32) throw new NotUnderstood("prefix length " + prefix + " not in 0..32");
        if (address < 0 || address > 0xFFFFFFFFL) throw new NotUnderstood("address out of range");
        return new Net(address & NetMath.prefixToMaskBits(prefix), prefix);
    }

    public static Net host(long address) { return of(address, 32); }

    /** Parses "10.1.1.0/24" or a bare address (a host). */
    public static Net parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return host(NetMath.parseAddress(text));
        return of(NetMath.parseAddress(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    public long getAddress() { return address; }
    public int getPrefix() { return prefix; }
    public String getNetwork() { return NetMath.toDotted(address); }
    public String getMask() { return NetMath.toDotted(NetMath.prefixToMaskBits(prefix)); }
    public long getFirst() { return address; }
    public long getLast() { return address | (~NetMath.prefixToMaskBits(prefix) & 0xFFFFFFFFL); }
    public boolean isHost() { return prefix == 32; }
    public boolean isAny() { return prefix == 0; }

    public boolean contains(Net other) { return other.prefix >= prefix && (other.address & NetMath.prefixToMaskBits(prefix)) == address; }
    public boolean contains(long addr) { return (addr & NetMath.prefixToMaskBits(prefix)) == address; }
    public boolean overlaps(Net other) { return contains(other) || other.contains(this); }

    @Override public boolean equals(Object o) { return o instanceof Net n && n.address == address && n.prefix == prefix; }
    @Override public int hashCode() { return Long.hashCode(address) * 31 + prefix; }
    @Override public int compareTo(Net o) {
        int c = Long.compare(address, o.address);
        return c != 0 ? c : Integer.compare(prefix, o.prefix);
    }
    @Override public String toString() { return getNetwork() + "/" + prefix; }
}
