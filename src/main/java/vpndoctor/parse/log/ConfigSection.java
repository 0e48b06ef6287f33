package vpndoctor.parse.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's configuration pasted into a log after the command that showed it ("ASA-1# show run crypto",
 * "R1#show running-config | s crypto", "fw# more system:running-config"): its lines are that device's
 * config, not log lines. It runs from the line after the prompt to the next prompt, the config's "end",
 * or the first line that does not look like config (a log line: a time stamp, a %-message, a debug prefix)
 * or the end of the file: what the paste holds is read, with each line's own number. A section opens only
 * at a prompt line, which the relevance filter lets through by its command ({@link #KEYWORDS}); ordinary
 * log lines never reach {@link #opens}.
 */
public final class ConfigSection {
    /**
     * The relevance filter's keywords for the prompt lines that open a section (a prompt's '#', or the FTD CLI's bare
     * '&gt;', and the command) and for an ASA's 'changeto context' (whose prompt may not name the context).
     */
    static final String[] KEYWORDS = {"#show run", "# show run", "#sh run", "# sh run", "#sho run", "# sho run",
        "#more system:running", "# more system:running", "#write t", "# write t", "#wr t", "# wr t",
        "#show start", "# show start", "#sh start", "# sh start", "#sho start", "# sho start",
        "#more nvram:start", "# more nvram:start", "#more system:start", "# more system:start",
        "> show run", ">show run", "> sh run", "> show start", ">show start", "> sh start", "changeto "};

    /**
     * A prompt (host, optional config mode, '#'; or the FTD CLI's bare '&gt;') and a config-showing command: the
     * running config (show run[ning-config] and its abbreviations, 'more system:running-config', 'write terminal')
     * or the saved one (show startup-config, 'more nvram:startup-config'); what follows the command in group "rest".
     */
    private static final Pattern OPENER = Pattern.compile(
            "^\\s*(?:(?<host>[A-Za-z0-9][\\w.\\-/]*)(?:\\([^)]*\\))?#|>)\\s*(?:do\\s+)?"
            + "(?:(?<running>sho?w?\\s+run(?:n(?:i(?:n(?:g(?:-(?:c(?:o(?:n(?:f(?:i(?:g)?)?)?)?)?)?)?)?)?)?)?|more\\s+system:running-config"
            + "|wr(?:i(?:t(?:e)?)?)?\\s+t(?:e(?:r(?:m(?:i(?:n(?:a(?:l)?)?)?)?)?)?)?)"
            + "|(?<startup>sho?w?\\s+start(?:u(?:p(?:-(?:c(?:o(?:n(?:f(?:i(?:g)?)?)?)?)?)?)?)?)?|more\\s+(?:nvram|system):startup-config))"
            + "(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "asa# changeto context CustA", "asa/admin# changeto system": the ASA's context switch (group "context", null for the system). */
    private static final Pattern CHANGETO = Pattern.compile(
            "^\\s*([A-Za-z0-9][\\w.\\-]*)(?:/\\S+)?#\\s*changeto\\s+(?:context\\s+(?<context>\\S+)|system)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Any device prompt with a command or none: it ends a section. */
    private static final Pattern PROMPT = Pattern.compile("^\\s*[A-Za-z0-9][\\w.\\-/]*(?:\\([^)]*\\))?[#>].*$");
    /** Lines a config holds whose first word is not lower case: a show run's head lines and ASA's ': ' comments. */
    private static final Pattern HEAD = Pattern.compile("^(?:Building configuration.*|Using \\d+ out of \\d+ bytes.*|Current configuration ?:.*|: .*|:|!.*|ASA Version .*|PIX Version .*|NGFW Version .*|Cryptochecksum:.*|.*-+ ?More ?-+.*)$");
    /** An indented line of a certificate's hex dump (IOS "certificate ... quit" under a trustpoint's chain). */
    private static final Pattern HEX = Pattern.compile("^\\s+(?:[0-9A-Fa-f]{2,8}(?: [0-9A-Fa-f]{2,8})*|quit)$");

    /** One config line of the section: its text as pasted and its line number in the file. */
    public record Line(String text, int fileLine) {}

    private final String source;
    private final String host;
    private final String command;
    private final int promptLine;
    private final boolean filtered;
    private final List<Line> lines = new ArrayList<>();
    private boolean ended;
    private int taken;

    private ConfigSection(String source, String host, String command, int promptLine, boolean filtered) {
        this.source = source;
        this.host = host;
        this.command = command;
        this.promptLine = promptLine;
        this.filtered = filtered;
    }

    /**
     * The section a prompt line opens, or null when the line is no prompt with a config-showing command. context is
     * the ASA context a 'changeto context' of this source switched to (null: none or the system), for a prompt that
     * does not name it ("prompt hostname" without "context").
     */
    static ConfigSection opens(String source, String line, int fileLine, String context) {
        int hash = line.indexOf('#');
        boolean bare = line.stripLeading().startsWith(">");
        if (hash <= 0 && !bare) return null;
        Matcher m = OPENER.matcher(line);
        if (!m.matches()) return null;
        String tail = m.group("rest");
        String rest = tail.strip();
        if (!rest.isEmpty() && !Character.isWhitespace(tail.charAt(0)) && rest.charAt(0) != '|') return null; // "show runaway": no command of ours
        String host = m.group("host");
        // the FTD CLI's bare prompt names no device: the config's own hostname line may (PastedConfigs)
        if (host == null) host = "";
        else if (context != null && host.indexOf('/') < 0) host = host + "/" + context;
        // "show run" and "show run all" show the whole config; any other word or filter shows a part of it
        boolean filtered = !rest.isEmpty() && !rest.equalsIgnoreCase("all");
        int at = bare && (hash < 0 || hash > line.indexOf('>')) ? line.indexOf('>') : hash;
        ConfigSection c = new ConfigSection(source, host, line.substring(at + 1).strip(), fileLine, filtered);
        c.startup = m.group("startup") != null;
        c.bare = bare;
        return c;
    }

    /**
     * The context an ASA's "changeto" line switches to: the context's name, "" for the system execution space, or
     * null when the line is no such command.
     */
    static String changesContext(String line) {
        if (line.indexOf("changeto") < 0) return null;
        Matcher m = CHANGETO.matcher(line);
        if (!m.matches()) return null;
        return m.group("context") == null ? "" : m.group("context");
    }

    /** The whole paste's indentation (its first line's), removed from each line; -1 before the first line. */
    private int margin = -1;
    /** Whether the prompt line was quoted ("&gt; R1#show run" in an e-mail reply): the section's lines are then quoted too. */
    boolean quoted;

    /** Whether the command showed the saved (startup) config, not the running one. */
    private boolean startup;
    /** Whether the prompt was the FTD CLI's bare '&gt;'. */
    private boolean bare;

    /**
     * Offers the next line: true when it is a line of the section (kept), false when it ends the section
     * (it is then read as the log line it is).
     */
    boolean take(String raw, int fileLine) {
        if (ended) return false;
        if (quoted) { // an e-mail reply's paste: every line of it is quoted; one that is not ends it
            String q = raw.stripLeading();
            if (!q.startsWith(">")) return false;
            raw = q.startsWith("> ") ? q.substring(2) : q.substring(1);
        }
        // a paste indented as a whole (a forum's code block): its first line is at the config's margin
        if (margin < 0 && !raw.isBlank()) margin = raw.length() - raw.stripLeading().length();
        for (int i = 0; i < margin && !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t'); i++) raw = raw.substring(1);
        String t = vpndoctor.parse.PastedSpaces.plain(raw);
        String s = t.strip();
        taken++;
        if (s.isEmpty()) {
            if (!lines.isEmpty()) lines.add(new Line(raw, fileLine)); // a blank line before the output is the terminal's
            return true;
        }
        if (banner != null) { // a banner's text is the config's, whatever it looks like, up to its delimiter
            if (s.indexOf(banner) >= 0 || lines.size() - bannerAt > MAX_BANNER) banner = null;
            lines.add(new Line(raw, fileLine));
            return true;
        }
        if (PROMPT.matcher(t).matches() || !looksLikeConfig(t, s) && !HEX.matcher(t).matches()) {
            taken--;
            return false;
        }
        if (s.startsWith("banner ")) openBanner(s);
        lines.add(new Line(raw, fileLine));
        if (s.equals("end") || s.equals(": end")) ended = true; // a whole config's last line
        return true;
    }

    /** Lines taken (blank ones too), for the accounting made when the section closes. */
    int taken() { return taken; }

    /** Non-blank lines kept. */
    int configLines() {
        int n = 0;
        for (Line l : lines) if (!l.text().isBlank()) n++;
        return n;
    }

    /** A config line: a show run's head, a comment, or a command (first word in lower case), at the margin or indented. */
    private static boolean looksLikeConfig(String t, String s) {
        if (HEAD.matcher(s).matches()) return true;
        char c = s.charAt(0);
        if (c < 'a' || c > 'z') return false;
        // a debug line may start with a lower-case word too ("crypto_isakmp_process_block:"): a command's first word has no '_' or ':'
        int sp = s.indexOf(' ');
        String first = sp < 0 ? s : s.substring(0, sp);
        return first.indexOf('_') < 0 && !first.endsWith(":") && !first.endsWith("]");
    }

    /** "banner motd ^C": the text up to the next "^C" (or the delimiter character given) is the banner's. */
    private void openBanner(String s) {
        String[] w = s.split("\\s+");
        if (w.length < 3) return;
        String d = w[2].startsWith("^C") ? "^C" : w[2].substring(0, 1);
        String after = s.substring(s.indexOf(w[2]) + d.length());
        if (after.contains(d)) return; // a one-line banner
        banner = d;
        bannerAt = lines.size();
    }

    private static final int MAX_BANNER = 200;
    /** The open banner's delimiter (0 when none) and the line count when it opened. */
    private String banner = null;
    private int bannerAt;

    public String source() { return source; }

    /** The prompt's host name, as written. */
    public String host() { return host; }

    /** The command as typed after the prompt ("show run crypto"). */
    public String command() { return command; }

    /** The prompt line's number in the file. */
    public int promptLine() { return promptLine; }

    /** The config lines, in file order. */
    public List<Line> lines() { return lines; }

    /**
     * Whether the section shows only a part of the config: a filtered command ("show run crypto",
     * "| section crypto"), or a whole config cut off before its "end". What such a part does not show
     * says nothing about the device.
     */
    public boolean excerpt() { return filtered || !ended; }

    /**
     * Whether the paste is the saved config ('show startup-config'): what the device loads at its next start. The
     * running config, which the tunnel follows, may differ by any change not yet saved.
     */
    public boolean startup() { return startup; }

    /** Whether the prompt was the FTD CLI's bare '&gt;' (the device's name is then only in the config's hostname line). */
    public boolean bare() { return bare; }

    /** Whether the command itself named a part of the config (not a cut paste). */
    public boolean filtered() { return filtered; }

    /** Whether the section holds any VPN config line (crypto, tunnel, keys): only those are read as config. */
    public boolean holdsVpnConfig() {
        for (Line l : lines) if (RelevanceFilter.mayBeRelevant(l.text()) || VPN.matcher(l.text()).find()) return true;
        return false;
    }

    private static final Pattern VPN = Pattern.compile("(?i)^\\s*(?:tunnel-group|group-policy|crypto|interface tunnel|tunnel |keyring|pre-shared-key)");

    @Override public String toString() {
        return source + ":" + promptLine + " " + host + "# " + command + " (" + lines.size() + " lines" + (excerpt() ? ", excerpt" : "") + ")";
    }

    /** The host in lower case, the key two sections of one device share. */
    public String hostKey() { return host.toLowerCase(Locale.ROOT); }
}
