package vpndoctor.parse.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A config typed at the CLI and pasted with its prompts ("R1(config)#crypto isakmp policy 10",
 * "R1(config-isakmp)#encr aes"), as forum posts and lab write-ups show it. Without this the
 * prompts hid every command and the config read as nothing. Each line becomes the config line it
 * stands for, in place (line numbers kept): a command at "(config)#" is a top-level line, one at a
 * sub-mode prompt an indented sub-line unless it is a global command that leaves the sub-mode;
 * exit/end stay (they close a block); exec lines ("R1#conf t"), do/write, the banner and device messages
 * ('%' lines and their indented continuation) become an indented comment, which leaves the block open
 * as the device did. Lines without a prompt (a pasted show run) stay as they are.
 */
public final class CliTranscript {
    private CliTranscript() {}

    private static final Pattern CONFIG_PROMPT = Pattern.compile("^\\s*([A-Za-z0-9][\\w.\\-/]*)\\((config[^)]*)\\)#(.*)$");
    private static final Pattern EXEC_PROMPT = Pattern.compile("^\\s*([A-Za-z0-9][\\w.\\-/]*)[#>](.*)$");
    /** Global commands that may be typed at a sub-mode prompt, leaving it (their first words). */
    private static final Pattern GLOBAL = Pattern.compile("(?i)^(?:int(?:e(?:r(?:f(?:a(?:c(?:e)?)?)?)?)?)?\\s|interface\\s"
            + "|crypto (?:isakmp (?:policy|key|profile|identity|keepalive|nat)|ipsec (?:transform-set|profile|security-association)"
            + "|keyring|ikev2 (?:proposal|policy|profile|keyring)|pki|dynamic-map|map \\S+ \\d+)"
            + "|access-list\\s|ip access-list\\s|ip route\\s|ip nat (?:inside|outside) source\\s|object-group\\s|object\\s|router\\s"
            + "|hostname\\s|tunnel-group\\s|group-policy\\s|username\\s|line\\s|vrf definition\\s|ip vrf\\s|route-map\\s|ip sla\\s)");
    private static final Pattern DROPPED = Pattern.compile("(?i)^(?:do|wr|write|copy|conf|configure)\\b.*");
    private static final Pattern CLOSES = Pattern.compile("(?i)^(?:exit|end)\\b.*");
    /** What a line that is no config becomes: an indented comment, ignored without closing the open block. */
    private static final String NONE = " !";

    /** Whether the lines are a CLI session: two or more commands at a configuration prompt. */
    public static boolean isTranscript(List<String> lines) {
        int prompts = 0;
        // ")#" first: a saved config of 50k lines never reaches the expression
        for (String l : lines) if (l.indexOf(")#") > 0 && CONFIG_PROMPT.matcher(l).matches() && ++prompts >= 2) return true;
        return false;
    }

    /** The host name the prompts carry, "" when none. */
    public static String promptHost(List<String> lines) {
        for (String l : lines) {
            Matcher m = CONFIG_PROMPT.matcher(l);
            if (m.matches()) return m.group(1);
        }
        return "";
    }

    /** The config lines the transcript stands for, one per input line ({@link #NONE} for what is no config). */
    public static List<String> toConfig(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inMessage = false;
        for (String raw : lines) {
            Matcher c = CONFIG_PROMPT.matcher(raw);
            if (c.matches()) {
                inMessage = false;
                String mode = c.group(2).toLowerCase(Locale.ROOT);
                String cmd = c.group(3).strip();
                if (cmd.isEmpty() || DROPPED.matcher(cmd).matches()) out.add(NONE);
                else if (CLOSES.matcher(cmd).matches()) out.add(cmd.toLowerCase(Locale.ROOT).startsWith("end") ? "end" : "exit");
                else if (mode.equals("config") || GLOBAL.matcher(cmd + " ").lookingAt()) out.add(cmd);
                else out.add(" " + cmd);
                continue;
            }
            String t = raw.strip();
            if (t.startsWith("%") || t.startsWith("Enter configuration commands")) {
                inMessage = true;
                out.add(NONE);
            } else if (inMessage && !t.isEmpty() && Character.isWhitespace(raw.charAt(0))) {
                out.add(NONE); // the device message's continuation
            } else if (EXEC_PROMPT.matcher(raw).matches() && !raw.startsWith(" ") && looksLikeExecCommand(raw)) {
                inMessage = false;
                out.add(NONE); // "R1#conf t", "R1#show run": the command itself is no config line
            } else {
                inMessage = false;
                out.add(raw);
            }
        }
        return out;
    }

    /** "R1#show run", "R1#wr": a prompt and a command, not a config line that happens to hold '#'. */
    private static boolean looksLikeExecCommand(String raw) {
        Matcher m = EXEC_PROMPT.matcher(raw);
        if (!m.matches()) return false;
        String cmd = m.group(2).strip().toLowerCase(Locale.ROOT);
        return cmd.isEmpty() || cmd.startsWith("sh") || cmd.startsWith("conf") || cmd.startsWith("wr") || cmd.startsWith("copy")
                || cmd.startsWith("ping") || cmd.startsWith("clear") || cmd.startsWith("debug") || cmd.startsWith("term")
                || cmd.startsWith("en") || cmd.startsWith("disable") || cmd.startsWith("exit") || cmd.startsWith("undebug");
    }
}
