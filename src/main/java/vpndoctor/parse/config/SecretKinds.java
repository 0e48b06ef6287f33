package vpndoctor.parse.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one table of secret-bearing commands, read by the config masker ({@link ConfigSecrets}), the
 * log masker (parse/log LogSecrets: where such a command may start inside a logged line) and the
 * case savers (through both). Each row: the keyword form before the value (a regex, case-insensitive,
 * "no " allowed in front), whether an encryption-type digit or "hex" may come before the value, whether the
 * value is a pre-shared key (digested so equal keys stay equal) and the literal start of the command
 * as it appears inside a log line (null: only at the start of a line, for bare common words).
 * The value is the token right after the keyword form (and the type prefix).
 */
public final class SecretKinds {
    /** One row of the table: its name, the keyword form, the type prefix allowed before the value (regex, null: none), PSK or not, log starts. */
    public record Kind(String name, String keyword, String type, boolean psk, List<String> logStarts) {}

    private static final String PSK_TYPE = "[0678]|hex";
    private static final String TYPE = "\\d|hex";

    private static Kind psk(String name, String keyword, String type, String... starts) { return new Kind(name, keyword, type, true, List.of(starts)); }
    private static Kind other(String name, String keyword, String type, String... starts) { return new Kind(name, keyword, type, false, List.of(starts)); }

    // order matters: the first PSK row that matches decides the digest; every other row that matches is applied too
    public static final List<Kind> ALL = List.of(
            // IOS keyring: " pre-shared-key address A [M] key [0|6] K" (before the ASA form, which would otherwise match); the mask
            // is any one word: a mistyped one ("25e5.255.255.0") must not turn the line into the ASA form, which masks "address"
            psk("ios-keyring-psk", "pre-shared-key\\s+(?:address|hostname)\\s+(?:ipv6\\s+)?\\S+(?:\\s+\\S+)?\\s+key", PSK_TYPE),
            // PIX "isakmp key K address ..." and IOS "crypto isakmp key [0|6] K address|hostname ...": a digit is a type only when a key follows
            psk("isakmp-key", "(?:crypto\\s+)?isakmp\\s+key", "[0678](?=\\s+\\S+\\s+(?:address|hostname)\\b)", "isakmp key"),
            // IOS IKEv2 profile with the key inline: "authentication local|remote pre-share key [0|6|7] K"
            psk("ikev2-profile-psk", "authentication\\s+(?:local|remote)\\s+pre-share\\s+key", PSK_TYPE,
                    "authentication local pre-share key", "authentication remote pre-share key"),
            // ASA "[ikev1 |ikev2 remote|local-authentication ]pre-shared-key [0|8|hex] K", IOS-XE keyring "pre-shared-key [local|remote] [0|6|7|hex] K"
            psk("pre-shared-key", "(?:ikev1\\s+|ikev2\\s+(?:remote|local)-authentication\\s+)?pre-shared-key(?:\\s+(?:local|remote))?", PSK_TYPE,
                    "pre-shared-key", "ikev1 pre-shared-key", "ikev2 remote-authentication", "ikev2 local-authentication"),
            // DMVPN "ip nhrp authentication S": compared between hub and spoke like a key, by keyed hash
            psk("nhrp-auth", "ip\\s+nhrp\\s+authentication", null, "ip nhrp authentication"),
            other("enable", "enable\\s+(?:password|secret)(?:\\s+level\\s+\\d+)?", TYPE, "enable password", "enable secret"),
            other("passwd", "passwd", null, "passwd "),
            other("username", "username\\s+\\S+\\s+(?:.*?\\s)?(?:password|secret)", TYPE, "username "),
            other("snmp-community", "snmp-server\\s+community", null, "snmp-server community"),
            // "snmp-server host H [traps|informs] version 1|2c COMMUNITY", ASA "snmp-server host IF A community C"
            other("snmp-host-community", "snmp-server\\s+host\\s+.*?(?:community|version\\s+(?:1|2c))", TYPE, "snmp-server host"),
            other("snmp-user-auth", "snmp-server\\s+user\\s+.*?\\sauth\\s+(?:md5|sha\\S*)", TYPE, "snmp-server user"),
            other("snmp-user-priv", "snmp-server\\s+user\\s+.*?\\spriv\\s+(?:3des|des|aes(?:\\s+\\d+)?)", TYPE, "snmp-server user"),
            other("tacacs-radius-key", "(?:tacacs-server|radius-server)\\s+(?:.*?\\s)?key", TYPE, "tacacs-server", "radius-server"),
            other("aaa-server-key", "aaa-server\\s+.*?\\s+key", TYPE, "aaa-server"),
            other("ldap-login-password", "ldap-login-password", TYPE, "ldap-login-password"),
            other("failover-key", "failover\\s+key", TYPE, "failover key"),
            other("ntp-key", "ntp\\s+authentication-key\\s+\\d+\\s+(?:md5|sha\\S*|cmac-aes-128|hmac-sha\\S*)", TYPE, "ntp authentication-key"),
            other("ospf-md5", "(?:ip|ipv6|ospfv3)\\s+ospf\\s+message-digest-key\\s+\\d+\\s+md5", TYPE, "ip ospf message-digest-key"),
            other("ospf-key", "(?:ip|ipv6)\\s+ospf\\s+authentication-key", TYPE, "ip ospf authentication-key"),
            other("bgp-password", "neighbor\\s+\\S+\\s+password", TYPE, "neighbor "),
            other("hsrp-auth", "standby\\s+(?:\\d+\\s+)?authentication(?!\\s+md5\\s+key-chain)(?:\\s+md5\\s+key-string|\\s+text)?", TYPE, "standby "),
            other("eigrp-named", "authentication\\s+mode\\s+hmac-sha-256", TYPE, "authentication mode hmac-sha-256"),
            other("wpa-psk", "wpa-psk\\s+(?:ascii|hex)", TYPE, "wpa-psk"),
            other("ppp-password", "ppp\\s+(?:chap|pap)\\s+(?:.*?\\s)?password", TYPE, "ppp chap", "ppp pap"),
            other("key-string", "key-string", TYPE, "key-string"),
            // bare words, only at the start of a line: "key chain" and "password encryption" are not secrets
            other("bare-key", "key(?!\\s+(?:chain|config-key)\\b)", TYPE),
            other("bare-password", "password(?!\\s+encryption\\b)", TYPE));

    /** Group 1 = text before the value, group 2 = type prefix (digit or "hex"), group 3 = the value. */
    static Pattern pattern(Kind k) {
        String type = k.type() != null ? "(?:(" + k.type() + ")\\s+(?=\\S))?" : "()";
        return Pattern.compile("^(\\s*(?:no\\s+)?" + k.keyword() + "\\s+)" + type + "(\\S+)", Pattern.CASE_INSENSITIVE);
    }

    /** The lower-case starts of commands whose value is masked wherever they start inside a log line. */
    public static List<String> logStarts() {
        return ALL.stream().flatMap(k -> k.logStarts().stream()).distinct().toList();
    }

    private SecretKinds() {}
}
