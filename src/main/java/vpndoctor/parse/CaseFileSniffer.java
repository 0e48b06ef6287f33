package vpndoctor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file of a case folder holds, read from its first 64 KB: a device config (a saved config
 * or a pasted `show running-config`), VPN log or show output, or neither. Checked in this order,
 * because a config holds VPN words too (crypto map, isakmp) but a log never holds the structure of
 * a config (hostname, interface blocks with ip address sub-lines, "!" separators, a version banner).
 */
public final class CaseFileSniffer {
    /** The verdict, the hostname a config names ("" if none) and, for NEITHER, why. */
    public record Sniff(Kind kind, String hostname, String reason) {}

    public enum Kind { CONFIG, LOG, NEITHER }

    private static final int HEAD = 64 * 1024;
    /** Lines only a config has: its structure, not its VPN words. */
    private static final Pattern CONFIG_LINE = Pattern.compile(
            "^(?:hostname \\S+|(?:ASA|PIX|FWSM|NGFW) Version \\S+|version \\d+\\.\\d+|interface \\S+|nameif \\S+| nameif \\S+| ip address \\S+.*|ip address \\S+ \\S+.*"
                    + "|!|: Saved|Building configuration\\.\\.\\.|Current configuration ?: .*|crypto map \\S+ \\d+ .*|crypto isakmp policy \\d+|crypto ikev[12] (?:policy|enable) .*"
                    + "|tunnel-group \\S+ (?:type|ipsec-attributes).*|access-list \\S+ .*|ip access-list extended \\S+|end)\\s*$");
    /** A VPN log line or show output the log parsers read (syslog ids, debug prefixes, show tables). */
    private static final Pattern LOG_LINE = Pattern.compile(
            "%(?:ASA|PIX|FTD|FWSM)-\\d-\\d+|%CRYPTO-|ISAKMP|IPSEC\\(|IKEv[12]|\\[IKEv|crypto_isakmp|#pkts |current_peer|IKE Peer:|OAK_|VPN Peer:"
                    + "|Crypto ISAKMP SA|Interface: \\S+|Session status:|MM_[A-Z0-9_]+|QM_IDLE|Gateway of last resort");
    /** The top-level line of a config object: what makes a few pasted lines a config excerpt. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:object-group \\S+ \\S+.*|object (?:network|service) \\S+\\s*|access-list \\S+ .+|ip access-list (?:extended|standard) \\S+\\s*"
                    + "|crypto (?:map|dynamic-map|isakmp|ikev[12]|ipsec|keyring) \\S+.*|tunnel-group \\S+ .+|group-policy \\S+ .+|interface \\S+\\s*|hostname \\S+\\s*)$");
    /** A sub-line of such an object, or what closes one. Indented as a device prints it, or flush left: a forum paste
     *  often loses the indentation (the config reader takes such lines all the same). */
    private static final Pattern SUB_LINE = Pattern.compile(
            "^(?:\\s*(?:network-object|port-object|group-object|service-object|protocol-object|icmp-object|subnet|host|range|fqdn|description|nat"
                    + "|set|match|permit|deny|remark|pre-shared-key|ikev[12]|authentication|encryption|encr|hash|group|lifetime|prf|integrity|mode"
                    + "|nameif|security-level|ip address|shutdown|no shutdown|tunnel|key|address) .*|\\s*exit|\\s*!)\\s*$");
    /** `show access-list` output: ACL lines with their line numbers and hit counts are state, never configuration. */
    private static final Pattern ACL_STATE = Pattern.compile("^\\s*access-list \\S+(?:; \\d+ elements| line \\d+ ).*|.*\\(hitcnt=\\d+\\).*");
    private static final Pattern HOSTNAME = Pattern.compile("(?m)^hostname (\\S+)");

    private CaseFileSniffer() {}

    public static Sniff sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return sniff(head);
    }

    /** True when the file's head holds a VPN log or show line. */
    public static boolean hasLogLines(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        for (String l : new String(head, StandardCharsets.UTF_8).split("\r?\n")) if (logLine(l)) return true;
        return false;
    }

    /** A VPN log or show line, or the first line of a pasted state output the log reader reads. */
    private static boolean logLine(String l) {
        return LOG_LINE.matcher(l).find() || vpndoctor.parse.log.PastedStateOutput.opens(l);
    }

    public static Sniff sniff(byte[] head) {
        if (head.length == 0) return new Sniff(Kind.NEITHER, "", "empty file");
        int nul = 0;
        for (byte b : head) if (b == 0) nul++;
        // UTF-16 text has a NUL in every other byte: the log reader decodes it, so let it decide
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xff && head[1] == (byte) 0xfe) || (head[0] == (byte) 0xfe && head[1] == (byte) 0xff));
        String text = new String(head, utf16 ? (head[0] == (byte) 0xff ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE) : StandardCharsets.UTF_8);
        if (!utf16 && nul > head.length / 4) return new Sniff(Kind.NEITHER, "", "binary, not text");
        int config = 0, log = 0, lines = 0, blank = 0, definitions = 0, excerpt = 0;
        java.util.List<String> all = java.util.Arrays.asList(text.split("\r?\n"));
        String promptHost = "";
        if (vpndoctor.parse.config.CliTranscript.isTranscript(all)) { // a config typed at the CLI, prompts and all
            promptHost = vpndoctor.parse.config.CliTranscript.promptHost(all);
            all = vpndoctor.parse.config.CliTranscript.toConfig(all);
            text = String.join("\n", all);
        }
        for (String raw : all) {
            String l = raw.replaceFirst("^\\S+[#>] ?(?=show |sh )", "");   // a prompt before a pasted command
            lines++;
            if (ACL_STATE.matcher(l).matches()) continue;
            if (CONFIG_LINE.matcher(l).matches()) config++;
            if (logLine(l)) log++;
            if (l.isBlank()) blank++;
            else if (DEFINITION.matcher(l).matches()) { definitions++; excerpt++; }
            else if (SUB_LINE.matcher(l).matches() || CONFIG_LINE.matcher(l).matches()) excerpt++;
        }
        Matcher h = HOSTNAME.matcher(text);
        String host = h.find() ? h.group(1) : promptHost;
        // a config's structure lines outnumber its VPN words; a log with a pasted "show run | include crypto" does not reach 3 of them
        if (config >= 3 && config * 2 >= log) return new Sniff(Kind.CONFIG, host, "");
        if (log >= 1) return new Sniff(Kind.LOG, "", "");
        // a few lines pasted from a config (an object-group, an ACL line and its map entry): a config excerpt
        if (definitions >= 1 && excerpt * 4 >= (lines - blank) * 3) return new Sniff(Kind.CONFIG, host, "");
        return new Sniff(Kind.NEITHER, "", "neither a device config nor VPN log or show output in its first " + lines + " lines");
    }
}
