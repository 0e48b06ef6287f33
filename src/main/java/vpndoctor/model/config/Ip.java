package vpndoctor.model.config;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows what an address is (with {@link Net}, the value it builds): IPv4 and
 * IPv6 parsing, masks, wildcards, ranges and the address text of log lines. The arithmetic is the
 * ipaddress library's; nothing else in the project does bit work on addresses (AddressArithmeticScanTest).
 * Every parse error is a NotUnderstood (an IllegalArgumentException) whose message can be shown to the user as is,
 * because parsers turn it into a ConfigUnparsed reason.
 */
public final class Ip {
    private Ip() {}

    /**
     * An address in a log line, as one regex group: a dotted quad that is not part of a longer dotted
     * run ("1.2.3.4.5.6" is no address), or IPv6 text with "::" or all eight groups. A ":500" port
     * glued to IPv6 text is cut by {@link #withoutPort}. Validity is checked by {@link #isAddress}.
     */
    public static final String ADDR = "((?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?!\\.?\\d)"
            + "|(?<![0-9A-Fa-f:])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,8}(?![0-9A-Fa-f]))";

    /** Plain addresses only: no prefix, mask, range, wildcard, inet_aton shorthand or empty string. */
    private static final IPAddressStringParameters PLAIN = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowSingleSegment(false).allowPrefix(false).allowMask(false).allowAll(false)
            .allowWildcardedSeparator(false).setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE)
            .allow_inet_aton(false).toParams();

    /** True for a valid IPv4 dotted quad or IPv6 address, nothing around it. */
    public static boolean isAddress(String s) {
        if (s == null || s.isEmpty()) return false;
        if (s.indexOf(':') < 0) return isIpv4(s);
        return s.length() <= 45 && new IPAddressString(s, PLAIN).isIPv6();
    }

    /** A dotted quad, each part 0..255 (a hand scan: it runs on every address-bearing log line). */
    public static boolean isIpv4(String s) {
        if (s == null) return false;
        int n = s.length();
        if (n < 7 || n > 15) return false;
        int parts = 0, value = -1, digits = 0;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '.' : s.charAt(i);
            if (c == '.') {
                if (digits == 0 || value > 255) return false;
                parts++;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3) return false;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    /** Text that has the shape of an address (so a failed parse deserves a note rather than silence). */
    public static boolean looksLikeAddress(String s) {
        if (s == null || s.isEmpty()) return false;
        int dots = 0, colons = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') dots++;
            else if (c == ':') colons++;
            else if (c == '-' && i == 0) continue;
            else if (Character.digit(c, 16) < 0) return false;
        }
        return dots >= 3 && colons == 0 && !hasHexLetter(s) || colons >= 2 && dots == 0 && (s.contains("::") || colons >= 7);
    }

    /** An ASCII letter a-f or A-F (a dotted token holding one is no IPv4 shape). */
    private static boolean hasHexLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f') return true;
        }
        return false;
    }

    /** Parses one address; the message says what is wrong with it. */
    public static IPAddress parse(String s) {
        if (s == null || s.isEmpty()) throw new NotUnderstood("address missing");
        try {
            return new IPAddressString(s, PLAIN).toAddress();
        } catch (AddressStringException e) {
            throw new NotUnderstood("not an IP address: " + s + " (" + reason(e) + ")");
        }
    }

    private static String reason(AddressStringException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        // the library's character index means nothing next to a config line: say what is missing only
        return (colon > 0 ? m.substring(colon + 2) : m).replaceAll(",? ?address string: .*$", "")
                .replaceAll(" at index \\d+", "").trim();
    }

    /** The address as the tool names it: IPv4 as written, IPv6 compressed lower case; throws when invalid. */
    public static String canonical(String s) {
        if (s != null && s.indexOf(':') < 0 && isIpv4(s)) return s;
        IPAddress a = parse(s);
        return a.isIPv4() ? a.toNormalizedString() : a.toCompressedString();
    }

    /** Subnet mask (255.255.255.0) to prefix length; non-contiguous masks are refused. */
    public static int maskToPrefix(String mask) {
        Integer known = mask == null ? null : Masks.PREFIX.get(mask);
        return known != null ? known : parsedMaskToPrefix(mask);
    }

    /**
     * The 33 IPv4 masks as the library writes them ("255.255.255.0"), each to its prefix length: a log
     * line's proxy masks are nearly always one of these, and parsing each one again put the library's
     * 7.6 kB validator on the JIT's list at every tier (~12% of the compiler threads' time on the 8M-line benchmark).
     */
    private static final class Masks {
        static final Map<String, Integer> PREFIX = build();

        private static Map<String, Integer> build() {
            Map<String, Integer> m = new HashMap<>();
            for (int p = 0; p <= 32; p++) m.put(prefixToMask(p), parsedMaskToPrefix(prefixToMask(p)));
            return Map.copyOf(m);
        }
    }

    /** {@link #maskToPrefix} by parsing the text (what every mask took before the table). */
    static int parsedMaskToPrefix(String mask) {
        Integer p = parse(mask).getBlockMaskPrefixLength(true);
        if (p == null) throw new NotUnderstood("non-contiguous mask " + mask + " (not a prefix length; wildcard written as a mask?)");
        return p;
    }

    /** IOS wildcard (0.0.0.255) to prefix length; non-contiguous wildcards are refused. */
    public static int wildcardToPrefix(String wildcard) {
        Integer p = parse(wildcard).getBlockMaskPrefixLength(false);
        if (p == null) throw new NotUnderstood("non-contiguous wildcard " + wildcard + " (cannot be expressed as a prefix; mask written as a wildcard?)");
        return p;
    }

    /** The dotted mask of an IPv4 prefix length (24 -> 255.255.255.0). */
    public static String prefixToMask(int prefix) {
        return Net.of("0.0.0.0", prefix).getMask();
    }

    /** Network from address + mask ("/len" too, as IPv6 masks are kept); wildcard=true for IOS ACL syntax. */
    public static Net net(String address, String maskOrWildcard, boolean wildcard) {
        if (maskOrWildcard.startsWith("/")) return Net.parse(address + maskOrWildcard);
        int p = wildcard ? wildcardToPrefix(maskOrWildcard) : maskToPrefix(maskOrWildcard);
        return Net.of(address, p);
    }

    /** Smallest list of prefixes covering first..last inclusive (ASA "range A B" objects). */
    public static List<Net> range(String first, String last) {
        IPAddress a = parse(first), b = parse(last);
        if (a.isIPv4() != b.isIPv4()) throw new NotUnderstood("range " + first + " " + last + " mixes IPv4 and IPv6");
        if (a.getValue().compareTo(b.getValue()) > 0) throw new NotUnderstood("range end " + last + " before start " + first);
        IPAddressSeqRange r = a.spanWithRange(b);
        List<Net> out = new ArrayList<>();
        for (IPAddress block : r.spanWithPrefixBlocks()) out.add(Net.of(block.getLower().withoutPrefixLength(), block.getNetworkPrefixLength()));
        return out;
    }

    /** "4.4.4.0" + "255.255.255.192" -> "4.4.4.0/26"; keeps the mask as written when it is not one. */
    public static String cidr(String address, String mask) {
        try {
            return address + "/" + maskToPrefix(mask);
        } catch (IllegalArgumentException e) {
            return address + "/" + mask;
        }
    }

    /** "10.1.0.0" - "10.1.0.255" -> "10.1.0.0/24" when the range is one prefix block, else "10.1.0.0-10.1.0.9" as written. */
    public static String rangeAsCidr(String first, String last) {
        try {
            List<Net> blocks = range(first, last);
            if (blocks.size() == 1) return blocks.get(0).toString();
        } catch (RuntimeException e) {
            // a range written backwards or mixed: kept as written (713032/713033 name the backwards ones)
        }
        return first + "-" + last;
    }

    /**
     * Strips a trailing "/port" or ":port" from "10.0.0.2/500", "10.0.0.2:500" or "2001:db8::2:500"
     * (Cisco glues the IKE port to IPv6 text too; a last group of 500 or 4500 after "::" is read as
     * that port, since an address of that form is far rarer than the port).
     */
    public static String withoutPort(String s) {
        if (s == null) return null;
        int slash = s.indexOf('/');
        if (slash > 0) s = s.substring(0, slash);
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        int colon = s.lastIndexOf(':');
        if (colon > 0 && s.indexOf(':') == colon) return s.substring(0, colon);
        if (colon > 0 && colon == s.length() - 1 && s.charAt(colon - 1) != ':') return s.substring(0, colon);
        if (colon > 0 && (s.endsWith(":500") || s.endsWith(":4500"))) {
            String head = s.substring(0, colon);
            long groups = head.chars().filter(c -> c == ':').count();
            if (head.contains("::") && !head.endsWith(":") || groups == 7) return head;
        }
        return s;
    }

    /** The address n places after base (generators of test addresses: "203.0.113.0" + 257 = "203.0.114.1"). */
    public static String plus(String base, long n) {
        IPAddress a = parse(base).increment(n);
        return a.isIPv4() ? a.toNormalizedString() : a.toCompressedString();
    }

    /** Prefix length of the classful network an IPv4 address belongs to (A /8, B /16, C /24); IPv6 has no classes: 0. */
    public static int classfulPrefix(IPAddress a) {
        if (!a.isIPv4()) return 0;
        int first = a.getSegment(0).getSegmentValue();
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }
    // ---- IPv4 as bits, for ShapeMemo's shapes (engine.AddressShapes): no parsing library on that hot path ----

    /** The IPv4 address a token spells (a.b.c.d, no leading zeros) as an unsigned int in a long, or -1. */
    public static long ipv4Bits(String t) {
        int n = t.length();
        if (n < 7 || n > 15) return -1;
        long v = 0;
        int octets = 0, i = 0;
        while (i < n) {
            int start = i, o = 0;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') o = o * 10 + (t.charAt(i++) - '0');
            int len = i - start;
            if (len == 0 || len > 3 || o > 255 || len > 1 && t.charAt(start) == '0') return -1;
            v = v << 8 | o;
            octets++;
            if (i < n) {
                if (t.charAt(i) != '.' || octets == 4) return -1;
                i++;
                if (i == n) return -1;
            }
        }
        return octets == 4 ? v : -1;
    }

    /** Whether an address is a contiguous netmask (0.0.0.0 and 255.255.255.255 included): such tokens stay whole in a shape. */
    public static boolean netmaskBits(long a) {
        long inv = ~a & 0xffffffffL;
        return (inv & (inv + 1)) == 0;
    }

    /** The prefix length of a contiguous netmask. */
    private static int prefixOf(long mask) {
        return Long.bitCount(mask);
    }

    /** An address with a prefix: {address, prefix length}; a bare address is a /32. Null when the value is not one. */
    public static long[] netBits(String v) {
        int slash = v.indexOf('/');
        long a = ipv4Bits(slash < 0 ? v : v.substring(0, slash));
        if (a < 0) return null;
        if (slash < 0) return new long[] {a, 32};
        String p = v.substring(slash + 1);
        if (p.matches("[0-9]|[12][0-9]|3[0-2]")) return new long[] {a, Integer.parseInt(p)};
        long m = ipv4Bits(p);
        return m >= 0 && netmaskBits(m) ? new long[] {a, prefixOf(m)} : null;
    }

    private static long maskOf(long prefix) {
        return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    }

    /** The class of an address: any, broadcast, loopback, private, shared (CGNAT), link-local, multicast, reserved, documentation, public. */
    public static char addressClass(long a) {
        if (a == 0) return 'a';
        if (a == 0xffffffffL) return 'b';
        long o1 = a >>> 24, o2 = a >>> 16 & 0xff, o3 = a >>> 8 & 0xff;
        if (o1 == 127) return 'l';
        if (o1 == 10 || o1 == 172 && o2 >= 16 && o2 < 32 || o1 == 192 && o2 == 168) return 'p';
        if (o1 == 100 && o2 >= 64 && o2 < 128) return 'c';
        if (o1 == 169 && o2 == 254) return 'k';
        if (o1 >= 224 && o1 < 240) return 'm';
        if (o1 >= 240 || o1 == 0) return 'r';
        if (o1 == 192 && o2 == 0 && o3 == 2 || o1 == 198 && o2 == 51 && o3 == 100 || o1 == 203 && o2 == 0 && o3 == 113) return 'd';
        return 'u';
    }

    /** Whether the address has bits set below its prefix (a host address written with a network's prefix). */
    public static boolean hostBitsSet(long[] n) {
        return (n[0] & ~maskOf(n[1]) & 0xffffffffL) != 0;
    }

    /** How two nets relate: E equal, &gt; the first contains the second, &lt; it is contained, D disjoint (prefixes never overlap otherwise). */
    public static char relation(long[] x, long[] y) {
        long p = Math.min(x[1], y[1]);
        if ((x[0] & maskOf(p)) != (y[0] & maskOf(p))) return 'D';
        if (x[1] == y[1]) return (x[0] == y[0]) ? 'E' : '=';  // same network, different host bits
        return x[1] < y[1] ? '>' : '<';
    }
}
