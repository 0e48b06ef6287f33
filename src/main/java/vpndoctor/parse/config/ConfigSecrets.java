package vpndoctor.parse.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps secrets out of everything the parser produces. Each raw line goes through {@link #mask}
 * before anything else looks at it; the raw text is then dropped. Pre-shared keys survive only as
 * an HMAC-SHA256 digest under a key drawn at random once per JVM: equal keys in two configs of one
 * run give equal digests, but a digest cannot be looked up in a dictionary built in another run.
 */
public final class ConfigSecrets {
    public static final String MASK = "*****";

    private static final byte[] HMAC_KEY = new byte[32];
    static { new SecureRandom().nextBytes(HMAC_KEY); }

    /** A masked line and, when it carried a pre-shared key, the key's digest ("" = key hidden/encrypted in config). */
    public record Masked(String text, String keyDigest) {
        public boolean hasKey() { return keyDigest != null; }
    }

    // Group 1 = text before the secret, group 2 = optional encryption-type digit, group 3 = secret.
    // Key patterns (their secret is a PSK, digested):
    private static final List<Pattern> KEY_PATTERNS = List.of(
            // IOS keyring: " pre-shared-key address A [M] key [0|6] K" (before the ASA form, which it would otherwise match)
            Pattern.compile("^(\\s*pre-shared-key\\s+(?:address|hostname)\\s+(?:ipv6\\s+)?\\S+(?:\\s+\\d+\\.\\d+\\.\\d+\\.\\d+)?\\s+key\\s+)(?:([0678])\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            // PIX "isakmp key K address ..." and IOS "crypto isakmp key [0|6] K address|hostname ..."
            Pattern.compile("^(\\s*(?:crypto\\s+)?isakmp\\s+key\\s+)(?:([0678])\\s+(?=\\S+\\s+(?:address|hostname)\\b))?(\\S+)", Pattern.CASE_INSENSITIVE),
            // IOS IKEv2 profile with the key inline: "authentication local|remote pre-share key [0|6|7] K"
            Pattern.compile("^(\\s*authentication\\s+(?:local|remote)\\s+pre-share\\s+key\\s+)(?:([0678])\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            // ASA tunnel-group ipsec-attributes "[ikev1 |ikev2 remote-authentication ]pre-shared-key [0|8] K" and the
            // IOS IKEv2 keyring "pre-shared-key [local|remote] [0|6|7] K": the direction word and the type digit are not the key
            Pattern.compile("^(\\s*(?:ikev1\\s+|ikev2\\s+(?:remote|local)-authentication\\s+)?pre-shared-key\\s+(?:(?:local|remote)\\s+)?)(?:([0678])\\s+)?(\\S+)",
                    Pattern.CASE_INSENSITIVE));

    // Other secrets: masked, never digested.
    private static final List<Pattern> OTHER_PATTERNS = List.of(
            Pattern.compile("^(\\s*enable\\s+(?:password|secret)\\s+(?:level\\s+\\d+\\s+)?)(?:(\\d)\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*passwd\\s+)()(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*username\\s+\\S+\\s+(?:.*?\\s)?(?:password|secret)\\s+)(?:(\\d)\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*snmp-server\\s+community\\s+)()(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*(?:tacacs-server|radius-server)\\s+(?:.*?\\s)?key\\s+)(?:(\\d)\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*(?:key|key-string|password)\\s+)(?:(\\d)\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\s*aaa-server\\s+.*?\\s+key\\s+)()(\\S+)", Pattern.CASE_INSENSITIVE));

    private ConfigSecrets() {}

    public static Masked mask(String raw) {
        if (raw == null) return new Masked("", null);
        for (Pattern p : KEY_PATTERNS) {
            Matcher m = p.matcher(raw);
            if (m.find()) {
                String type = m.group(2);
                String secret = m.group(3);
                // Shown hidden ("*****") or stored encrypted (type 6/7/8): the clear key is unknown.
                boolean hidden = secret.chars().allMatch(c -> c == '*') || (type != null && !"0".equals(type));
                return new Masked(replace(raw, m), hidden ? "" : digest(secret));
            }
        }
        for (Pattern p : OTHER_PATTERNS) {
            Matcher m = p.matcher(raw);
            if (m.find()) return new Masked(replace(raw, m), null);
        }
        return new Masked(raw, null);
    }

    private static String replace(String raw, Matcher m) {
        return raw.substring(0, m.start(3)) + MASK + raw.substring(m.end(3));
    }

    /** Hex HMAC-SHA256 of a secret under the per-JVM key. */
    public static String digest(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
