package vpndoctor.parse.log;

import vpndoctor.parse.config.ConfigSecrets;

/**
 * Logs carry secrets too: a "show run" pasted into the debug file, or a logged command
 * (IOS "%PARSER-5-CFGLOG_LOGGEDCMD: ... logged command:crypto isakmp key K address A", ASA 111008).
 * Such lines reach the report as unrecognized lines, so their secrets are masked with the config
 * parser's rules: to the line as a whole (pasted config) and wherever a secret-bearing command starts
 * inside it (logged command); bare "key"/"password" only at the start, as they are common words.
 */
final class LogSecrets {
    /** Lower-case starts of the commands whose argument ConfigSecrets masks. */
    private static final String[] STARTS = {"crypto isakmp key", "isakmp key", "pre-shared-key", "ikev1 pre-shared-key",
            "ikev2 remote-authentication", "ikev2 local-authentication", "enable password", "enable secret", "passwd ", "username ",
            "snmp-server community", "tacacs-server", "radius-server", "aaa-server", "key-string", "authentication local pre-share key",
            "authentication remote pre-share key"};

    private LogSecrets() {}

    static String mask(String line) {
        if (!mayHoldSecret(line)) return line;
        String out = ConfigSecrets.mask(line).text(); // a pasted config line, as the config parser sees it
        // index-based, case-insensitive matching: lower-casing could change the length of the text
        for (int at = 1; at < out.length(); at++) {
            char before = out.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '-') continue;
            for (String s : STARTS) {
                if (!out.regionMatches(true, at, s, 0, s.length())) continue;
                String rest = out.substring(at);
                String masked = ConfigSecrets.mask(rest).text();
                if (!masked.equals(rest)) out = out.substring(0, at) + masked;
                break;
            }
        }
        return out;
    }

    /**
     * Cheap gate (plain indexOf) so the regexes run only on lines with a word every secret command
     * holds: key, pass(word|wd), secret, community, in device (lower or upper) case.
     */
    private static boolean mayHoldSecret(String s) {
        return s.contains("ey") || s.contains("EY") || s.contains("ass") || s.contains("ASS")
                || s.contains("ecret") || s.contains("ECRET") || s.contains("ommunit") || s.contains("OMMUNIT");
    }
}
