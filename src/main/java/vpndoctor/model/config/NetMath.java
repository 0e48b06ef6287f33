package vpndoctor.model.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Dotted-quad arithmetic. Every parse error is a NotUnderstood whose message can be
 * shown to the user as is ("octet 300 > 255 in 300.1.1.1"), because parsers turn it into a
 * ConfigUnparsed reason.
 */
public final class NetMath {
    private NetMath() {}

    public static boolean looksLikeAddress(String s) {
        return s != null && s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    public static long parseAddress(String s) {
        if (s == null || !s.matches("\\d+(\\.\\d+){3}")) throw new NotUnderstood("not an IPv4 address: " + s);
        long v = 0;
        for (String part : s.split("\\.")) {
            if (part.length() > 3) throw new NotUnderstood("octet " + part + " too long in " + s);
            int o = Integer.parseInt(part);
            if (o > 255) throw new NotUnderstood("octet " + o + " > 255 in " + s);
            v = (v << 8) | o;
        }
        return v;
    }

    public static String toDotted(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    public static long prefixToMaskBits(int prefix) {
        return prefix == 0 ? 0L : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public static String prefixToMask(int prefix) { return toDotted(prefixToMaskBits(prefix)); }

    /** Subnet mask (255.255.255.0) to prefix length; non-contiguous masks are refused. */
    public static int maskToPrefix(String mask) {
        long m = parseAddress(mask);
        int prefix = Long.bitCount(m);
        if (m != prefixToMaskBits(prefix)) {
            throw new NotUnderstood("non-contiguous mask " + mask + " (not a prefix length; wildcard written as a mask?)");
        }
        return prefix;
    }

    /** IOS wildcard (0.0.0.255) to prefix length; non-contiguous wildcards are refused. */
    public static int wildcardToPrefix(String wildcard) {
        long w = parseAddress(wildcard);
        long m = ~w & 0xFFFFFFFFL;
        int prefix = Long.bitCount(m);
        if (m != prefixToMaskBits(prefix)) {
            throw new NotUnderstood("non-contiguous wildcard " + wildcard + " (cannot be expressed as a prefix; mask written as a wildcard?)");
        }
        return prefix;
    }

    /** Network from address + mask; wildcard=true for IOS ACL syntax. */
    public static Net net(String address, String maskOrWildcard, boolean wildcard) {
        long a = parseAddress(address);
        int p = wildcard ? wildcardToPrefix(maskOrWildcard) : maskToPrefix(maskOrWildcard);
        return Net.of(a, p);
    }

    /** Smallest list of prefixes covering first..last inclusive (ASA "range A B" objects). */
    public static List<Net> rangeToNets(long first, long last) {
        if (last < first) throw new NotUnderstood("range end " + toDotted(last) + " before start " + toDotted(first));
        List<Net> out = new ArrayList<>();
        long cur = first;
        while (cur <= last) {
            int prefix = 32;
            while (prefix > 0) {
                int p = prefix - 1;
                long size = 1L << (32 - p);
                if ((cur & (size - 1)) != 0 || cur + size - 1 > last) break;
                prefix = p;
            }
            out.add(Net.of(cur, prefix));
            cur += 1L << (32 - prefix);
        }
        return out;
    }
}
