package vpndoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * LogEvent.says answers a text kept in a SampleTexts file as Latin-1 bytes by a case-blind search of the bytes
 * (SampleTexts.found, CaselessLatin1): the answers must be those of the String path,
 * {@code text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT))}, for every text and phrase;
 * a UTF-16 text is left to the String path (found says -1).
 */
class SaysOnStoredBytesTest {
    /** Chars whose lower-casing is special: Latin-1 capitals (lower-case outside ASCII), sharp s, y with diaeresis, micro sign, multiplication sign, and above 0xFF: Kelvin sign (lower-cases to 'k'), dotted I (to two chars), Greek, a surrogate pair's halves. */
    private static final String SPECIAL = "AZaz@[`{ÀÖØÞàöøþßÿµ×÷\u00a0\u212a\u0130\u0131\u03a3\u03c3\ud83d\ude00";
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_=/()[]%'\"";

    @Test
    void randomTextsAndPhrasesAnswerAsTheStringPath() {
        Random r = new Random(15);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            boolean latin1 = r.nextInt(4) != 0;
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(120); b.length() < n; ) {
                char c = r.nextInt(5) == 0 ? SPECIAL.charAt(r.nextInt(SPECIAL.length())) : PLAIN.charAt(r.nextInt(PLAIN.length()));
                if (latin1 && c > 0xFF) c = (char) r.nextInt(256);
                b.append(c);
            }
            texts.add(b.toString());
        }
        assertAnswersAsStrings(texts, r);
    }

    @Test
    void realLogLinesAnswerAsTheStringPath() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("facts-samples"), Path.of("../shared/corpora"))) {
            if (!Files.isDirectory(dir)) continue;
            List<Path> logs;
            try (Stream<Path> s = Files.walk(dir)) {
                logs = s.filter(p -> !p.toString().contains("real-heldout")).filter(p -> p.toString().endsWith(".log")).sorted().toList();
            }
            for (Path log : logs) {
                // the reader keeps a line's bytes as ISO-8859-1 on the byte path: the same here
                for (String line : new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).split("\r?\n")) {
                    if (!line.isEmpty() && line.length() < 4_000) texts.add(line);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        assertAnswersAsStrings(texts, new Random(14));
    }

    /** Each text kept in a file store, asked about phrases cut from it and from others (case flipped at random), and fixed ones. */
    private static void assertAnswersAsStrings(List<String> texts, Random r) {
        SampleTexts store = new SampleTexts(0);
        List<Origin> kept = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) kept.add(store.origin("t", i + 1, texts.get(i)));
        assertThat(store.spills()).isTrue();
        int utf16 = 0, yes = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<String> phrases = new ArrayList<>(List.of("", "k", "K", "\u212a", "ß", "SS", "i\u0307", "\u0130", "phase 1 completed",
                    "REMOVING PEER FROM CORRELATOR TABLE FAILED", "ÀÉ", "àé"));
            for (int k = 0; k < 6; k++) phrases.add(cut(k % 2 == 0 ? text : texts.get(r.nextInt(texts.size())), r));
            CaselessLatin1.Pattern[] patterns = new CaselessLatin1.Pattern[phrases.size()];
            for (int p = 0; p < patterns.length; p++) patterns[p] = CaselessLatin1.pattern(phrases.get(p).toLowerCase(Locale.ROOT));
            for (int from = 0; from < phrases.size(); from += 16) { // an event asks at most 16 phrases by bits
                int to = Math.min(phrases.size(), from + 16);
                CaselessLatin1.Pattern[] some = java.util.Arrays.copyOfRange(patterns, from, to);
                Origin o = kept.get(i);
                int found = store.found(o.handle(), some);
                if (text.chars().anyMatch(c -> c > 0xFF)) {
                    assertThat(found).as("a UTF-16 text is left to the String path: %s", text).isEqualTo(-1);
                    utf16++;
                    continue;
                }
                String lower = o.getText().toLowerCase(Locale.ROOT);
                for (int p = from; p < to; p++) {
                    boolean expected = lower.contains(phrases.get(p).toLowerCase(Locale.ROOT));
                    assertThat((found >>> (p - from) & 1) == 1).as("%s in %s", phrases.get(p), text).isEqualTo(expected);
                    if (expected) yes++;
                }
            }
        }
        assertThat(yes).as("phrases found").isGreaterThan(texts.size());
        if (texts.stream().anyMatch(t -> t.chars().anyMatch(c -> c > 0xFF))) assertThat(utf16).isPositive();
    }

    /** A piece of the text, its letters' case flipped at random (sometimes the whole text, sometimes past its end). */
    private static String cut(String text, Random r) {
        if (text.isEmpty()) return "x";
        int from = r.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + r.nextInt(r.nextBoolean() ? 4 : 30));
        if (r.nextInt(20) == 0) from = 0;
        if (r.nextInt(15) == 0) to = text.length(); // long phrases too (past the search's longest skip, 127)
        StringBuilder b = new StringBuilder(text.substring(from, to));
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (r.nextBoolean()) b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        if (r.nextInt(10) == 0) b.append('~');
        return b.toString();
    }
}
