package vpndoctor.model.config;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;

/**
 * An IPv4 or IPv6 network: address (host bits cleared) and prefix length. Value object: two Nets
 * are equal when they cover exactly the same addresses, whatever form the config used. Built on
 * {@link Ip} (the address library's wrapper); the arithmetic is the library's.
 */
public final class Net implements Comparable<Net> {
    public static final Net ANY = of("0.0.0.0", 0);
    public static final Net ANY6 = of("::", 0);

    private final IPAddress network; // without prefix length: the first address
    private final int prefix;
    private final BigInteger value;

    private Net(IPAddress network, int prefix) {
        this.network = network;
        this.prefix = prefix;
        this.value = network.getValue();
    }

    /** Builds a network; host bits of the address are cleared (the device does the same). */
    public static Net of(String address, int prefix) {
        return of(Ip.parse(address), prefix);
    }

    static Net of(IPAddress a, int prefix) {
        int bits = a.getBitCount();
        if (prefix < 0 || prefix > bits) throw new NotUnderstood("prefix length " + prefix + " not in 0.." + bits);
        return new Net(a.setPrefixLength(prefix, true).toPrefixBlock().getLower().withoutPrefixLength(), prefix);
    }

    public static Net host(String address) {
        IPAddress a = Ip.parse(address);
        return of(a, a.getBitCount());
    }

    /** Parses "10.1.1.0/24", "2001:db8::/32" or a bare address (a host). */
    public static Net parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return host(text);
        String len = text.substring(slash + 1);
        if (!len.matches("\\d{1,3}")) throw new NotUnderstood("prefix length '" + len + "' is not a number");
        return of(text.substring(0, slash), Integer.parseInt(len));
    }

    public int getPrefix() { return prefix; }
    public boolean isIpv6() { return network.isIPv6(); }
    /** The network address as the devices write it (dotted quad, or compressed IPv6). */
    public String getNetwork() { return network.isIPv4() ? network.toNormalizedString() : network.toCompressedString(); }
    /** The subnet mask (255.255.255.0); IPv6 has none, so its prefix length ("/64"). */
    public String getMask() {
        return network.isIPv4() ? network.getNetwork().getNetworkMask(prefix, false).toNormalizedString() : "/" + prefix;
    }
    public boolean isHost() { return prefix == network.getBitCount(); }
    /** 32 for IPv4, 128 for IPv6. */
    public int bits() { return network.getBitCount(); }
    /** This network cut to a shorter prefix (its supernet of that length). */
    public Net truncated(int shorterPrefix) { return of(getNetwork(), shorterPrefix); }
    public boolean isAny() { return prefix == 0; }

    /**
     * A single address whose last octet (IPv6: last group) is zero: what a network address looks
     * like, so "host 10.1.1.0" is most likely a network written as a host.
     */
    public boolean isWrittenLikeNetwork() {
        return isHost() && network.getSegment(network.getSegmentCount() - 1).isZero();
    }

    /** Prefix length of the classful network of this address (A /8, B /16, C /24; IPv6 has no classes: 0, never a supernet). */
    public int getClassfulPrefix() { return Ip.classfulPrefix(network); }

    public boolean contains(Net other) {
        return other.network.getIPVersion() == network.getIPVersion() && other.prefix >= prefix
                && network.setPrefixLength(prefix, false).toPrefixBlock().contains(other.network);
    }

    public boolean contains(String address) {
        try {
            return contains(host(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean overlaps(Net other) { return contains(other) || other.contains(this); }

    @Override public boolean equals(Object o) {
        return o instanceof Net n && n.prefix == prefix && n.value.equals(value) && n.network.getIPVersion() == network.getIPVersion();
    }
    @Override public int hashCode() { return value.hashCode() * 31 + prefix + (isIpv6() ? 7 : 0); }
    /** IPv4 before IPv6, then by address, then by prefix length. */
    @Override public int compareTo(Net o) {
        int c = Boolean.compare(isIpv6(), o.isIpv6());
        if (c != 0) return c;
        c = value.compareTo(o.value);
        return c != 0 ? c : Integer.compare(prefix, o.prefix);
    }
    @Override public String toString() { return getNetwork() + "/" + prefix; }
}
