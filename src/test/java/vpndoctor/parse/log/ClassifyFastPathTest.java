package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vpndoctor.bench.SyslogGenerator;
import vpndoctor.model.config.Ip;

/**
 * The classifier's shortcuts answer exactly what the plain computations they replace answer: the
 * one-pass rule keyword index ({@link Needles}) what a substring search per rule answers, the shared
 * lower-case copies ({@link LowerLine}) what lower-casing each part answers, and the hand-written or
 * gated forms of the group field, the catalogue template test, the secret masker and the address
 * shape what their regex or full-loop forms answer; on every sample case's log lines (held-out set
 * excluded), on generated syslog, and on random mutations of both (case, non-ASCII, cut lines).
 */
class ClassifyFastPathTest {
    private static List<String> lines;

    @BeforeAll
    static void lines() throws IOException {
        List<String> base = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("facts-samples"))) {
            for (Path p : s.filter(p -> !p.toString().contains("real-heldout")).filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                base.addAll(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyslogGenerator(20_000, 50, 11, 0.5).write(out);
        base.addAll(out.toString(StandardCharsets.UTF_8).lines().toList());
        assertThat(base).hasSizeGreaterThan(20_000);
        List<String> all = new ArrayList<>(base);
        SplittableRandom r = new SplittableRandom(14);
        String odd = "İıΣσςſKµ\u00A0\u2019é_-=:, \t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(base.get(r.nextInt(base.size())));
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(5)) {
                    case 0 -> b.setCharAt(at, Character.toUpperCase(b.charAt(at)));
                    case 1 -> b.insert(at, odd.charAt(r.nextInt(odd.length())));
                    case 2 -> b.setLength(at);
                    case 3 -> b.deleteCharAt(at);
                    default -> b.insert(0, ' ');
                }
            }
            all.add(b.toString());
        }
        lines = all;
    }

    @Test
    void theKeywordIndexFindsExactlyTheKeywordsASubstringSearchFinds() {
        MessageParser.parse(new Msg("x"), new Parsed()); // loads every rule table
        Needles.Index index = Needles.index();
        assertThat(index.size()).isGreaterThan(200);
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            long[] found = index.scan(lower);
            for (int id = 0; id < index.size(); id++) {
                String needle = index.needles.get(id);
                assertThat((found[id >>> 6] & 1L << id) != 0).as("'%s' in '%s'", needle, line).isEqualTo(lower.contains(needle));
            }
        }
    }

    @Test
    void everyParserGivesTheSameWithTheIndexAsWithASearchPerRule() {
        for (String line : lines) {
            String text = Envelope.strip(TextNormalizer.normalize(line)).message();
            Parsed fast = new Parsed(), plain = new Parsed();
            MessageParser.Outcome a = MessageParser.parse(new Msg(text), fast);
            MessageParser.Outcome b = MessageParser.parse(new PlainMsg(text), plain);
            assertThat(a).as(line).isEqualTo(b);
            assertThat(fast.kind).as(line).isEqualTo(plain.kind);
            assertThat(fast.peer).as(line).isEqualTo(plain.peer);
            assertThat(fast.local).as(line).isEqualTo(plain.local);
            assertThat(fast.tunnelless).as(line).isEqualTo(plain.tunnelless);
            assertThat(fast.attrs).as(line).containsExactlyEntriesOf(plain.attrs);
        }
    }

    /** A message whose rule keyword questions are each a substring search (the reference). */
    private static final class PlainMsg extends Msg {
        PlainMsg(String text) {
            super(text);
        }

        PlainMsg(String text, String lower) {
            super(text, lower);
        }

        @Override
        boolean hasNeedle(int id, String needle) {
            return has(needle);
        }

        @Override
        Msg tail(int from) {
            Msg t = super.tail(from);
            return new PlainMsg(t.text, t.lower);
        }
    }

    @Test
    void theSharedLowerCaseCopiesAreWhatLowerCasingEachPartGives() {
        for (String raw : lines) {
            String line = TextNormalizer.normalize(raw);
            LowerLine l = new LowerLine(line);
            assertThat(l.trimmed).isEqualTo(line.strip());
            assertThat(l.trimmedLower).as(line).isEqualTo(line.strip().toLowerCase(Locale.ROOT));
            String text = Envelope.strip(line).message();
            Msg m = l.msg(text);
            assertThat(m.text).isSameAs(text);
            assertThat(m.lower).as(line).isEqualTo(text.toLowerCase(Locale.ROOT));
            assertThat(StateBlock.open(l.trimmed, l.trimmedLower) == null).isEqualTo(StateBlock.open(l.trimmed) == null);
            assertThat(ShowIpsecSa.opens(l.trimmed, l.trimmedLower)).isEqualTo(ShowIpsecSa.opens(l.trimmed));
        }
    }

    @Test
    void theHandWrittenGroupFieldIsTheRegexOne() {
        List<String> more = new ArrayList<>(lines);
        more.add("Group = , IP = 1.2.3.4, x");
        more.add("xGroup = a, Group = b, c");
        more.add("Group = " + "n".repeat(64) + ", IP");
        more.add("Group = " + "n".repeat(65) + ", Group = short, IP");
        more.add("Group = abc");
        more.add("é\u0301Group = a, b");
        more.add("a\u0301Group = a, b");
        for (String line : more) assertThat(PeerFinder.group(line)).as(line).isEqualTo(PeerFinder.groupByRegex(line));
    }

    @Test
    void theGatedTemplateTestIsTheRegexOne() {
        List<String> more = new ArrayList<>(lines);
        for (String w : new String[] {"IP_address", "peer-IP", "local-ip", "remoteIP", "xIP_addr", "reason_string_", "dest_IP"}) {
            more.add("IP = " + w + ", failed");
        }
        for (String line : more) {
            assertThat(AsaSyslogParser.templateValue(line)).as(line).isEqualTo(AsaSyslogParser.TEMPLATE_VALUE.matcher(line).find());
        }
    }

    @Test
    void theSecretMaskerShortcutMasksAsTryingEveryPosition() {
        List<String> more = new ArrayList<>(lines);
        more.add("%PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:crypto isakmp key secret address 1.2.3.4");
        more.add("%ASA-5-111008: User 'enable_15' executed the 'tunnel-group 1.2.3.4 ipsec-attributes pre-shared-key s3cr3t' command.");
        more.add("|crypto isakmp key abc address 0.0.0.0");
        more.add("x ISAKMP KEY abc address 1.2.3.4 and the pre-shared key");
        for (String line : more) {
            for (boolean pseudonym : new boolean[] {false, true}) {
                assertThat(LogSecrets.mask(line, pseudonym, true)).as(line).isEqualTo(LogSecrets.mask(line, pseudonym, false));
            }
        }
    }

    @Test
    void theAddressShapeTestIsTheRegexOne() {
        List<String> tokens = new ArrayList<>(List.of("1.2.3.4", "1.2.3.a", "1.2.3.A", "1.2.3.4.5", "fe80::1", "a.b.c.d", "-1.2.3.4", "1.2.3.\uFF21", "::", "1:2:3:4:5:6:7:8"));
        for (String line : lines) {
            for (String t : line.split("[ ,=()\\[\\]/]")) tokens.add(t);
        }
        for (String t : tokens) assertThat(Ip.looksLikeAddress(t)).as(t).isEqualTo(byRegex(t));
    }

    /** Ip.looksLikeAddress as it was, with its per-call regex. */
    private static boolean byRegex(String s) {
        if (s == null || s.isEmpty()) return false;
        int dots = 0, colons = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') dots++;
            else if (c == ':') colons++;
            else if (c == '-' && i == 0) continue;
            else if (Character.digit(c, 16) < 0) return false;
        }
        return dots >= 3 && colons == 0 && !s.matches(".*[A-Fa-f].*") || colons >= 2 && dots == 0 && (s.contains("::") || colons >= 7);
    }
}
