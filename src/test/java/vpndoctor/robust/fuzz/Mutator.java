package vpndoctor.robust.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, dumb-but-broad mutator: byte flips, inserts and deletes, splices of lines from the
 * corpus, long lines, random Unicode, line-ending changes, out-of-range numbers, secret lines and
 * re-encoding. The same seed always gives the same sequence of inputs, so a failure is replayable
 * from (seed, iteration) as well as from the saved bytes.
 */
public final class Mutator {
    private static final int MAX_SIZE = 1 << 18;
    private static final String[] NUMBERS = {"0", "-1", "255", "256", "300", "999", "65536", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "1e309", "0x7fffffff", "00000000000000000001", "NaN", "4294967296"};
    private static final String[] ADDRESSES = {"300.1.1.1", "1.2.3", "1.2.3.4.5", "255.255.255.256", "0.0.0.0", "::1",
            "-1.0.0.0", "1..2.3", "255.0.255.0", "0.255.255.255", "01.02.03.004", "999999999999.1.1.1", "1.1.1.1/33"};
    private static final String[] UNICODE = {"\u0000", "\u00e9", "\u00ff", "\u200b", "\u202e", "\ufeff", "\ufffd", "\u2028",
            "\u2029", "\u0085", "\ud83d\ude00", "\ud800", "\udfff", "\u0301", "\u4e2d", "\t", "\u000b", "\f", "\u001b[31m", "\\", "\""};
    private static final String[] JSON_BITS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "\"@class\"",
            "\"java.lang.ProcessBuilder\"", "{\"@type\":\"x\"}", "\"observations\"", "\"kind\"", "\"tunnel\"", "\"note\"",
            "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[[[", "]]]]]]]]]]", "{\"a\":{\"a\":{\"a\":", "/*", "//", "'", "NaN"};

    /** IOS config logger prefix: the command follows, secrets and all (unless "hidekeys"). */
    static final String LOGGED = "Mar  1 10:00:00.000: %PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:";

    private final Random rnd;
    private final List<byte[]> seeds;
    private final List<String> lines;
    private final FuzzTargets.Target target;

    public Mutator(long seed, FuzzTargets.Target target, List<byte[]> seeds) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seeds for " + target);
        this.rnd = new Random(seed);
        this.target = target;
        this.seeds = seeds;
        this.lines = new ArrayList<>();
        for (byte[] s : seeds) {
            for (String l : new String(s, StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) lines.add(l);
        }
    }

    /** The next input: a seed with one to five mutations. */
    public byte[] next() {
        byte[] b = seeds.get(rnd.nextInt(seeds.size()));
        int n = 1 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) b = mutate(b);
        return b.length > MAX_SIZE && rnd.nextInt(50) != 0 ? java.util.Arrays.copyOf(b, MAX_SIZE) : b;
    }

    private byte[] mutate(byte[] b) {
        switch (rnd.nextInt(14)) {
            case 0: return flipBits(b);
            case 1: return insertBytes(b, randomBytes(1 + rnd.nextInt(16)));
            case 2: return deleteRange(b);
            case 3: return insertText(b, pick(lines) + "\n");
            case 4: {
                String l = pick(lines); // a line cut short, as a paste or a rotated log leaves it
                return insertText(b, "\n" + l.substring(0, rnd.nextInt(l.length() + 1)));
            }
            case 5: return insertText(b, longLine());
            case 6: return insertText(b, pick(UNICODE));
            case 7: return lineEndings(b);
            case 8: return replaceToken(b, rnd.nextBoolean() ? pick(NUMBERS) : pick(ADDRESSES));
            case 9: return insertLine(b, (rnd.nextInt(3) == 0 ? LOGGED : "") + secretLine());
            case 10: return rnd.nextInt(8) == 0 ? reencode(b) : truncate(b);
            case 11: return target == FuzzTargets.Target.JSON ? insertText(b, pick(JSON_BITS)) : duplicateLines(b);
            case 12: return replaceToken(b, wordOf(pick(lines)));
            default: return splice(b, seeds.get(rnd.nextInt(seeds.size())));
        }
    }

    private byte[] flipBits(byte[] b) {
        if (b.length == 0) return randomBytes(8);
        byte[] c = b.clone();
        for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
            int at = rnd.nextInt(c.length);
            c[at] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256) : (byte) (c[at] ^ (1 << rnd.nextInt(8)));
        }
        return c;
    }

    private byte[] randomBytes(int n) {
        byte[] r = new byte[n];
        rnd.nextBytes(r);
        return r;
    }

    private byte[] insertBytes(byte[] b, byte[] ins) {
        int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
        byte[] c = new byte[b.length + ins.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(ins, 0, c, at, ins.length);
        System.arraycopy(b, at, c, at + ins.length, b.length - at);
        return c;
    }

    private byte[] insertText(byte[] b, String s) {
        return insertBytes(b, s.getBytes(StandardCharsets.UTF_8));
    }

    /** Inserts a whole line at a line start (where a pasted config line would be). */
    private byte[] insertLine(byte[] b, String line) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int at = s.isEmpty() ? 0 : s.lastIndexOf('\n', rnd.nextInt(s.length())) + 1;
        byte[] ins = (line + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[b.length + ins.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(ins, 0, c, at, ins.length);
        System.arraycopy(b, at, c, at + ins.length, b.length - at);
        return c;
    }

    private byte[] deleteRange(byte[] b) {
        if (b.length < 2) return b;
        int from = rnd.nextInt(b.length);
        int len = 1 + rnd.nextInt(Math.min(b.length - from, rnd.nextBoolean() ? 8 : 512));
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, from);
        System.arraycopy(b, from + len, c, from, b.length - from - len);
        return c;
    }

    private byte[] truncate(byte[] b) {
        return b.length == 0 ? b : java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
    }

    private byte[] splice(byte[] a, byte[] other) {
        int cutA = a.length == 0 ? 0 : rnd.nextInt(a.length + 1);
        int cutB = other.length == 0 ? 0 : rnd.nextInt(other.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(other, cutB, other.length - cutB);
        return out.toByteArray();
    }

    private String longLine() {
        // around the reader's 65536-character limit, sometimes with a VPN keyword so it is not dropped early
        int len = rnd.nextBoolean() ? 65530 + rnd.nextInt(12) : 1 + rnd.nextInt(5000);
        StringBuilder s = new StringBuilder(len + 40);
        if (rnd.nextBoolean()) s.append("%ASA-3-713902: IP = 1.2.3.4, ");
        char c = (char) ('a' + rnd.nextInt(26));
        while (s.length() < len) s.append(rnd.nextInt(10) == 0 ? ' ' : c);
        return "\n" + s + (rnd.nextBoolean() ? "\n" : "");
    }

    private byte[] lineEndings(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String to = pick(new String[]{"\r\n", "\r", "\n\r", "\n\n", ""});
        if (rnd.nextBoolean()) s = s.replace("\n", to);
        else {
            int at = s.indexOf('\n', s.isEmpty() ? 0 : rnd.nextInt(s.length()));
            if (at >= 0) s = s.substring(0, at) + to + s.substring(at + 1);
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Replaces one whitespace-separated token (or an IP-looking one) with {@code with}. */
    private byte[] replaceToken(byte[] b, String with) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        if (s.isEmpty()) return with.getBytes(StandardCharsets.UTF_8);
        int at = rnd.nextInt(s.length());
        int start = s.lastIndexOf(' ', at) + 1;
        int end = s.indexOf(' ', at);
        int nl = s.indexOf('\n', at);
        if (end < 0 || (nl >= 0 && nl < end)) end = nl < 0 ? s.length() : nl;
        if (start > end) return b;
        return (s.substring(0, start) + new String(with.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + s.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] duplicateLines(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String[] ls = s.split("\n", -1);
        if (ls.length < 2) return b;
        int from = rnd.nextInt(ls.length);
        int to = Math.min(ls.length, from + 1 + rnd.nextInt(20));
        StringBuilder out = new StringBuilder(s);
        for (int i = from; i < to; i++) out.append('\n').append(ls[i]);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] reencode(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return switch (rnd.nextInt(3)) {
            case 0 -> s.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> s.getBytes(StandardCharsets.UTF_16); // with BOM
            default -> s.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** A config line holding a fresh secret, in one of the forms devices print. */
    private String secretLine() {
        String secret = "Zs" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36);
        return switch (rnd.nextInt(8)) {
            case 0 -> "isakmp key " + secret + " address 10.1.1.1 netmask 255.255.255.255";
            case 1 -> "crypto isakmp key " + secret + " address 192.0.2.1";
            case 2 -> " pre-shared-key " + secret;
            case 3 -> " pre-shared-key address 192.0.2.9 key " + secret;
            case 4 -> "enable password " + secret + " encrypted";
            case 5 -> "enable secret 0 " + secret;
            case 6 -> "username admin password " + secret + " privilege 15";
            default -> "snmp-server community " + secret + " RO";
        };
    }

    private String wordOf(String line) {
        String[] w = line.trim().split("\\s+");
        return w[rnd.nextInt(w.length)];
    }

    private <T> T pick(T[] a) { return a[rnd.nextInt(a.length)]; }
    private <T> T pick(List<T> a) { return a.get(rnd.nextInt(a.size())); }
}
