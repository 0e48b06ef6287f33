package vpndoctor.parse.log;

import java.util.List;
import java.util.Locale;
import vpndoctor.parse.config.ConfigSecrets;
import vpndoctor.parse.config.SecretKinds;

/**
 * Logs carry secrets too: a "show run" pasted into the debug file, a logged command
 * (IOS "%PARSER-5-CFGLOG_LOGGEDCMD: ... logged command:crypto isakmp key K address A", ASA 111008,
 * "show archive log" rows "|crypto isakmp key K ..."), the table of "show crypto isakmp key".
 * Lines are masked with the config masker's table (SecretKinds): to the line as a whole (pasted
 * config) and wherever a secret-bearing command starts inside it (logged command); bare
 * "key"/"password" only at the start, as they are common words.
 */
public final class LogSecrets {
    /** Lower-case starts of the commands whose argument ConfigSecrets masks (from the one table). */
    private static final List<String> STARTS = SecretKinds.logStarts();

    private LogSecrets() {}

    static String mask(String line) {
        return mask(line, false);
    }

    /** Masks one line; with {@code pseudonym} a pre-shared key becomes its digest's pseudonym (for saved cases). */
    public static String mask(String line, boolean pseudonym) {
        return mask(line, pseudonym, true);
    }

    /** As {@link #mask(String, boolean)}; without {@code shortcut} every position is tried (the reference for the tests). */
    static String mask(String line, boolean pseudonym, boolean shortcut) {
        if (!mayHoldSecret(line)) return line;
        String out = masked(line, pseudonym); // a pasted config line, as the config parser sees it
        if (shortcut && noCommandInside(out)) return out;
        // index-based, case-insensitive matching: lower-casing could change the length of the text
        for (int at = 1; at < out.length(); at++) {
            char before = out.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '-') continue;
            boolean command = afterCommandMark(out, at);
            for (String s : STARTS) {
                if (!command && !out.regionMatches(true, at, s, 0, s.length())) continue;
                String rest = out.substring(at);
                // ASA 111008 quotes the command: "executed the 'CMD' command." - the quote is not part of the value
                int quote = rest.lastIndexOf("' command");
                String cmd = quote > 0 ? rest.substring(0, quote) : rest;
                String m = masked(cmd, pseudonym);
                if (!m.equals(cmd)) out = out.substring(0, at) + m + rest.substring(cmd.length());
                break;
            }
        }
        return out;
    }

    /**
     * Whether the loop below can find nothing: an ASCII line (where case-blind matching is lower-case
     * matching) holding no command start and no command mark anywhere. Most lines that pass the gate
     * ("pre-shared key" in an IKE message) end here instead of trying every start at every position.
     */
    private static boolean noCommandInside(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        String l = s.toLowerCase(Locale.ROOT);
        for (String st : STARTS) if (l.contains(st)) return false;
        for (String m : COMMAND_MARKS) if (l.contains(m)) return false;
        return true;
    }

    /** Marks after which a whole command follows, so the bare "key"/"password" forms apply there too. */
    private static final String[] COMMAND_MARKS = {"logged command:", "executed the '", "|"};

    private static boolean afterCommandMark(String line, int at) {
        for (String m : COMMAND_MARKS) if (at >= m.length() && line.regionMatches(true, at - m.length(), m, 0, m.length())) return true;
        return false;
    }

    private static String masked(String s, boolean pseudonym) {
        return pseudonym ? ConfigSecrets.pseudonymised(s) : ConfigSecrets.mask(s).text();
    }

    /**
     * Masks a whole log text for writing into a saved case: every line as {@link #mask}, and the
     * last column of the rows of a "show crypto isakmp key" table (Keyring / Address / Preshared Key).
     */
    public static String maskText(String text) {
        boolean[] inKeyTable = {false};
        return eachLine(text, line -> {
            String m = mask(line, true);
            String low = line.toLowerCase(Locale.ROOT);
            if (low.contains("preshared key")) inKeyTable[0] = true;
            else if (inKeyTable[0]) {
                String t = line.strip();
                if (t.contains("#") || t.contains(": %") || t.startsWith("%")) inKeyTable[0] = false;
                else {
                    String[] cols = t.split("\\s+");
                    if (cols.length >= 3) {
                        int cut = m.lastIndexOf(cols[cols.length - 1]);
                        if (cut >= 0) m = m.substring(0, cut) + ConfigSecrets.MASK + m.substring(cut + cols[cols.length - 1].length());
                    }
                }
            }
            return m;
        });
    }

    /**
     * Applies {@code f} to every line, the line breaks kept as they were: "\r\n", "\n" and a lone "\r"
     * all end a line, as for the readers (a config with old Mac line ends is many lines, not one).
     */
    public static String eachLine(String text, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            out.append(f.apply(text.substring(start, i)));
            int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            out.append(text, i, end);
            start = end;
            i = end - 1;
        }
        if (start < text.length()) out.append(f.apply(text.substring(start)));
        return out.toString();
    }

    /**
     * Cheap gate (plain indexOf) so the regexes run only on lines with a word every secret command
     * holds: key, pass(word|wd), secret, community, snmp, authentic(ation), psk, in device (lower or upper) case.
     */
    private static boolean mayHoldSecret(String s) {
        return s.contains("ey") || s.contains("EY") || s.contains("ass") || s.contains("ASS")
                || s.contains("ecret") || s.contains("ECRET") || s.contains("ommunit") || s.contains("OMMUNIT")
                || s.contains("nmp") || s.contains("NMP") || s.contains("uthentic") || s.contains("UTHENTIC")
                || s.contains("psk") || s.contains("PSK");
    }
}
