package vpndoctor.parse.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vpndoctor.model.Platform;

/**
 * Guesses the platform of a config and its software version.
 *
 * Order matters because the dialects share syntax: an ASA config contains PIX-looking lines
 * (nameif, "access-list A permit ip A M B M", one-line crypto maps) and ASA before 8.4 even uses
 * IOS-looking "crypto isakmp policy 10" blocks. So the version banner decides first (it names the
 * product); without one, ASA-only words (tunnel-group, crypto ikev1, object network, security-level
 * sub-lines) are checked before PIX 6-only words ("isakmp policy" without "crypto", "nameif
 * ethernet0"), and IOS is last, recognised by IOS-only forms ("interface FastEthernet0/0" with
 * " ip address" sub-lines, "ip route", "crypto isakmp key").
 */
final class ConfigPlatformDetector {
    record Result(Platform platform, String version, int versionLine) {}

    private static final Pattern PIX = Pattern.compile("^PIX Version (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASA = Pattern.compile("^ASA Version (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FWSM = Pattern.compile("^FWSM Version (\\S+)", Pattern.CASE_INSENSITIVE);
    /** An FTD's data-plane config ('show running-config' in its diagnostic CLI, as its manager pushed it): the ASA dialect. */
    private static final Pattern NGFW = Pattern.compile("^NGFW Version (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IOS = Pattern.compile("^version (\\d+\\.\\S+)", Pattern.CASE_INSENSITIVE);

    private ConfigPlatformDetector() {}

    static Result detect(List<ConfigLine> lines) {
        for (ConfigLine l : lines) {
            String t = l.text.trim();
            Matcher m;
            if ((m = PIX.matcher(t)).find()) {
                // PIX 7+ runs ASA software and speaks the ASA dialect.
                String v = m.group(1);
                return new Result(v.startsWith("6") || v.startsWith("5") ? Platform.PIX : Platform.ASA, v, l.no);
            }
            if ((m = ASA.matcher(t)).find() || (m = FWSM.matcher(t)).find()) return new Result(Platform.ASA, m.group(1), l.no);
            if ((m = NGFW.matcher(t)).find()) return new Result(Platform.FTD, m.group(1), l.no);
            if ((m = IOS.matcher(t)).find()) return new Result(Platform.IOS, m.group(1), l.no);
        }
        return new Result(byKeywords(lines), "", 0);
    }

    private static Platform byKeywords(List<ConfigLine> lines) {
        boolean pix = false;
        boolean ios = false;
        ConfigLine parent = null;
        for (ConfigLine l : lines) {
            if (!l.indented) parent = l;
            else if (parent != null && iosSubLine(parent, l)) ios = true;
            if (l.starts("crypto", "ikev2")) {
                // IOS names its IKEv2 blocks (proposal, keyring, profile, "policy NAME"); the ASA numbers its policies
                if (isIosIkev2(l)) ios = true; else return Platform.ASA;
                continue;
            }
            if (l.starts("tunnel-group") || l.starts("crypto", "ikev1")
                    || l.starts("object", "network") || (l.indented && l.starts("security-level"))) {
                return Platform.ASA;
            }
            if (l.starts("isakmp", "policy") || l.starts("isakmp", "key") || (l.starts("nameif") && l.size() >= 3)) pix = true;
            if ((l.starts("interface") && l.kw(1).matches("(fast|gigabit)?ethernet\\d+/.*|serial.*|dialer.*|tunnel.*|vlan.*"))
                    || l.starts("ip", "route") || l.starts("crypto", "isakmp", "key") || (l.indented && l.starts("encr"))) {
                ios = true;
            }
            if (isIosAclOrNat(l)) ios = true;
        }
        return pix ? Platform.PIX : ios ? Platform.IOS : Platform.UNKNOWN;
    }

    /**
     * IOS writes a crypto map entry's and a transform set's settings as sub-lines ("crypto map M 10 ipsec-isakmp"
     * then " set peer A", " match address ACL"; "crypto ipsec transform-set T esp-aes esp-sha-hmac" then
     * " mode transport"); PIX and the ASA write each on a line of its own ("crypto map M 10 set peer A").
     */
    private static boolean iosSubLine(ConfigLine parent, ConfigLine l) {
        if (parent.starts("crypto", "map") && parent.size() >= 4) {
            return l.starts("set", "peer") || l.starts("set", "transform-set") || l.starts("set", "pfs") || l.starts("match", "address");
        }
        return parent.starts("crypto", "ipsec", "transform-set") && l.starts("mode") && (l.is(1, "transport") || l.is(1, "tunnel"));
    }

    private static boolean isIosIkev2(ConfigLine l) {
        String k = l.kw(2);
        return k.equals("proposal") || k.equals("keyring") || k.equals("profile") || k.equals("authorization")
                || k.equals("policy") && !l.kw(3).matches("\\d+");
    }

    /** A wildcard (inverse) mask other than 0.0.0.0: its first octet is 0 and it is not 0.0.0.0 (no netmask has that shape). */
    private static final Pattern WILDCARD = Pattern.compile("0\\.(?:0|3|7|15|31|63|127|255)\\.(?:0|3|7|15|31|63|127|255)\\.(?:0|1|3|7|15|31|63|127|255)");

    /**
     * IOS-only forms without a banner: a numbered ACL entry with a wildcard mask ("access-list 110 permit ip
     * 10.20.20.0 0.0.0.255 ..."; the ASA and PIX write netmasks) and 'ip nat inside|outside source' (the ASA and
     * PIX write 'nat (inside,outside)').
     */
    private static boolean isIosAclOrNat(ConfigLine l) {
        if (l.indented) return false;
        if (l.starts("ip", "nat") && (l.kw(2).equals("inside") || l.kw(2).equals("outside")) && l.kw(3).equals("source")) return true;
        if (!l.starts("access-list") || !l.kw(1).matches("\\d+")) return false;
        for (int i = 3; i < l.size(); i++) {
            String t = l.kw(i);
            if (WILDCARD.matcher(t).matches() && !t.equals("0.0.0.0")) return true;
        }
        return false;
    }
}
