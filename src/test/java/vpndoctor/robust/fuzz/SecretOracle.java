package vpndoctor.robust.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, deliberately simple idea of "a line that carries a secret" (pre-shared keys,
 * enable/username passwords, SNMP communities), written apart from ConfigSecrets so the fuzz
 * properties do not just restate the code under test. It only names secrets that are safe to
 * look for: long enough, and not found in the input anywhere else than in their secret slot.
 */
public final class SecretOracle {
    private static final List<Pattern> SECRET_LINES = List.of(
            Pattern.compile("^\\s*(?:crypto\\s+)?isakmp\\s+key\\s+(?:[0678]\\s+)?(\\S+)\\s+(?:address|hostname)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*(?:ikev1\\s+)?pre-shared-key\\s+(?:0\\s+)?(\\S+)\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*pre-shared-key\\s+address\\s+\\S+(?:\\s+\\S+)?\\s+key\\s+(?:0\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*enable\\s+(?:password|secret)\\s+(?:level\\s+\\d+\\s+)?(?:\\d\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*username\\s+\\S+\\s+(?:privilege\\s+\\d+\\s+)?(?:password|secret)\\s+(?:\\d\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*snmp-server\\s+community\\s+(\\S+)", Pattern.CASE_INSENSITIVE));
    private static final Pattern MIN_SECRET = Pattern.compile("^(?=.*[A-Za-z])\\S{6,}$");

    private SecretOracle() {}

    /**
     * Secrets written in secret slots of {@code text} that must not appear in any output. In a log,
     * a logged command ("... logged command:CMD") is a secret slot too; in a config it is garbage text.
     */
    public static Set<String> secretsIn(String text, boolean log) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        Set<String> found = new LinkedHashSet<>();
        List<String> elsewhere = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replace('\t', ' ');
            int logged = log ? line.indexOf("logged command:") : -1;
            if (logged >= 0) line = line.substring(logged + "logged command:".length()); // the rest is a config command
            String secret = secretOf(line);
            if (secret == null) {
                elsewhere.add(line);
                continue;
            }
            // the rest of the line (masked) is shown to the user: a "secret" that is also a word of it, or part
            // of a longer word of it, proves nothing (only the slot's own token is masked: whole tokens only)
            elsewhere.add(line.replaceAll("(?<!\\S)" + Pattern.quote(secret) + "(?!\\S)", "*****"));
            if (MIN_SECRET.matcher(secret).matches() && !secret.contains("*")) found.add(secret);
        }
        found.removeIf(s -> elsewhere.stream().anyMatch(l -> l.contains(s)));
        return found;
    }

    static String secretOf(String line) {
        for (Pattern p : SECRET_LINES) {
            Matcher m = p.matcher(line);
            if (m.find()) return m.group(1);
        }
        return null;
    }
}
