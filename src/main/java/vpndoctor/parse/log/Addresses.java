package vpndoctor.parse.log;

/** IPv4 helpers: validation (a log's "300.1.1.1" or "x.x.x.x" is not an address) and mask-to-prefix. */
final class Addresses {
    private Addresses() {}

    /** True for dotted-quad IPv4 with each part 0..255 and no leading junk. */
    static boolean isIpv4(String s) {
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

    /** Prefix length of a dotted mask (255.255.255.192 -> 26), or -1 when it is not a contiguous mask. */
    static int prefixLength(String mask) {
        if (!isIpv4(mask)) return -1;
        long bits = 0;
        for (String p : mask.split("\\.")) bits = (bits << 8) | Integer.parseInt(p);
        int len = Long.bitCount(bits);
        long expected = len == 0 ? 0 : (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
        return bits == expected ? len : -1;
    }

    /** "4.4.4.0" + "255.255.255.192" -> "4.4.4.0/26"; keeps the mask as written when not contiguous. */
    static String cidr(String address, String mask) {
        int len = prefixLength(mask);
        return len < 0 ? address + "/" + mask : address + "/" + len;
    }

    /** Strips a trailing "/port" or ":port" from "10.0.0.2/500" or "10.0.0.2:500". */
    static String withoutPort(String s) {
        if (s == null) return null;
        int slash = s.indexOf('/');
        if (slash > 0) s = s.substring(0, slash);
        int colon = s.lastIndexOf(':');
        if (colon > 0 && s.indexOf(':') == colon) s = s.substring(0, colon);
        return s;
    }
}
