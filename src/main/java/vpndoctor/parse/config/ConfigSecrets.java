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

    // compiled once from the one table of secret kinds (SecretKinds)
    private static final List<Pattern> KEY_PATTERNS = SecretKinds.ALL.stream().filter(SecretKinds.Kind::psk).map(SecretKinds::pattern).toList();
    private static final List<Pattern> OTHER_PATTERNS = SecretKinds.ALL.stream().filter(k -> !k.psk()).map(SecretKinds::pattern).toList();

    /**
     * Each thread's matchers of those patterns, reset per line: a log of many lines that pass
     * LogSecrets' gate made a Matcher (with its group arrays) per pattern per line, a third of the
     * ordered reading thread's garbage on 1M lines x 100k tunnels. Same patterns, same lookingAt.
     */
    private static final ThreadLocal<Matcher[]> KEY_MATCHERS = ThreadLocal.withInitial(() -> matchers(KEY_PATTERNS));
    private static final ThreadLocal<Matcher[]> OTHER_MATCHERS = ThreadLocal.withInitial(() -> matchers(OTHER_PATTERNS));

    private static Matcher[] matchers(List<Pattern> patterns) {
        Matcher[] out = new Matcher[patterns.size()];
        for (int i = 0; i < out.length; i++) out[i] = patterns.get(i).matcher("");
        return out;
    }

    private ConfigSecrets() {}

    public static Masked mask(String raw) {
        return mask(raw, KEY_MATCHERS.get(), OTHER_MATCHERS.get());
    }

    /** {@link #mask} with matchers made for this line alone (the reference the reused ones are tested against). */
    static Masked maskWithNewMatchers(String raw) {
        return mask(raw, matchers(KEY_PATTERNS), matchers(OTHER_PATTERNS));
    }

    private static Masked mask(String raw, Matcher[] keyMatchers, Matcher[] otherMatchers) {
        if (raw == null) return new Masked("", null);
        String text = raw;
        String digest = null;
        for (Matcher reused : keyMatchers) {
            Matcher m = reused.reset(text);
            // every kind's pattern starts with '^' (SecretKinds.pattern): lookingAt finds what find finds without trying every start
            if (m.lookingAt()) {
                String type = m.group(2);
                String secret = m.group(3);
                // Shown hidden ("*****") or stored encrypted (type 6/7/8): the clear key is unknown. A hex key is a clear key.
                boolean hidden = secret.chars().allMatch(c -> c == '*') || (type != null && !type.isEmpty() && !"0".equals(type) && !"hex".equalsIgnoreCase(type));
                text = replace(text, m);
                digest = hidden ? "" : digest(secret);
                break;
            }
        }
        // every other kind that matches is masked (a line may carry two: snmp-server user ... auth A priv P)
        for (Matcher reused : otherMatchers) {
            Matcher m = reused.reset(text);
            if (m.lookingAt() && !m.group(3).equals(MASK)) text = replace(text, m);
        }
        return new Masked(text, digest);
    }

    /** A line fit to write into a saved case: a key becomes a pseudonym of its digest (equal keys stay equal), other secrets masked. */
    public static String pseudonymised(String raw) {
        Masked m = mask(raw);
        if (m.hasKey() && !m.keyDigest().isEmpty()) return m.text().replaceFirst(java.util.regex.Pattern.quote(MASK), "key-" + m.keyDigest().substring(0, 16));
        return m.text();
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
