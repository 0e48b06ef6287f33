package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte prefilters skip most positions of a line ({@link RelevanceFilter}: hashed four-byte
 * prefixes; {@link RareWords}: Wu-Manber shifts): they must find exactly what a plain search for
 * every word finds, at every offset, at the edges of the searched range, in every case, and next to
 * near misses (a word cut short, a word with one byte changed).
 */
class PrefilterEquivalenceTest {
    private static final SplittableRandom RND = new SplittableRandom(14);

    @Test
    void relevanceFilterFindsEveryKeywordWhereverItStands() {
        List<String> keywords = RelevanceFilter.keywords();
        assertThat(keywords).hasSizeGreaterThan(300);
        int relevant = 0;
        for (String k : keywords) {
            for (String line : around(k)) {
                assertThat(relevance(line)).as(line).isEqualTo(plainRelevance(keywords, line));
                if (plainRelevance(keywords, line)) relevant++;
            }
            for (String miss : nearMisses(k)) {
                for (String line : List.of(miss, "x" + miss, miss + "x")) {
                    assertThat(relevance(line)).as(line).isEqualTo(plainRelevance(keywords, line));
                }
            }
        }
        assertThat(relevant).isGreaterThan(keywords.size() * 5);
    }

    @Test
    void relevanceFilterAgreesOnRandomText() {
        List<String> keywords = RelevanceFilter.keywords();
        String alphabet = "SAIKEPNVDMQGsaikepnvdmqgo_ :!,-#%/()0123456789\t";
        for (int n = 0; n < 50_000; n++) {
            String line = random(alphabet, RND.nextInt(0, 24));
            assertThat(relevance(line)).as(line).isEqualTo(plainRelevance(keywords, line));
        }
    }

    @Test
    void rareWordsFindEveryWordInAnyCaseAndNothingAcrossTheRangeEnds() {
        for (RareWords words : List.of(RareWords.ALL, RareWords.CONNECTION)) {
            for (String w : words.words.keySet()) {
                for (String v : List.of(w, w.toUpperCase(Locale.ROOT), capitalized(w))) {
                    for (String line : around(v)) assertRareWordsAgree(words, line);
                    for (String miss : nearMisses(v)) {
                        for (String line : around(miss)) assertRareWordsAgree(words, line);
                    }
                    assertRareWordsAgree(words, v + " and " + v);
                }
            }
            String alphabet = "teardownbuilmsgkpqcTEARDOWNBUILT _-:0123456789";
            for (int n = 0; n < 30_000; n++) assertRareWordsAgree(words, random(alphabet, RND.nextInt(0, 30)));
            for (int n = 0; n < 30_000; n++) assertRareWordsAgree(words, random("0123456789./():- 702303", RND.nextInt(0, 30)));
        }
    }

    /** The word at every offset of a line of filler, alone, at the start and at the end. */
    private static List<String> around(String w) {
        List<String> lines = new ArrayList<>(List.of(w, w + " ", " " + w, "x" + w + "x"));
        String filler = "Nov 26 00:00:01 host %XYZ-5-UPDOWN: text ";
        for (int at = 0; at <= filler.length(); at += RND.nextInt(1, 4)) {
            lines.add(filler.substring(0, at) + w + filler.substring(at));
        }
        return lines;
    }

    /** The word cut short at either end, and with one byte changed. */
    private static List<String> nearMisses(String w) {
        List<String> misses = new ArrayList<>();
        if (w.length() > 1) {
            misses.add(w.substring(0, w.length() - 1));
            misses.add(w.substring(1));
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char other = c == 'x' ? 'y' : 'x';
            misses.add(w.substring(0, i) + other + w.substring(i + 1));
        }
        return misses;
    }

    private static boolean relevance(String line) {
        byte[] b = ("##" + line + "##").getBytes(StandardCharsets.ISO_8859_1);
        // only the range is searched: the bytes around it belong to other lines of the batch
        boolean bytes = line.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)
                ? RelevanceFilter.mayBeRelevant(b, 2, line.length()) : RelevanceFilter.mayBeRelevant(line);
        assertThat(RelevanceFilter.mayBeRelevant(line)).as(line).isEqualTo(bytes);
        return bytes;
    }

    private static boolean plainRelevance(List<String> keywords, String line) {
        for (String k : keywords) {
            if (line.contains(k)) return true;
        }
        return false;
    }

    private static void assertRareWordsAgree(RareWords words, String line) {
        if (!line.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) return;
        // the range ends next to word bytes, so a word crossing either end would be seen
        byte[] b = ("teardown" + line + "built").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(words.scan(b, 8, 8 + line.length())).as(line).isEqualTo(plainFlags(words, line));
    }

    private static int plainFlags(RareWords words, String line) {
        String l = line.toLowerCase(Locale.ROOT);
        int flags = 0;
        for (Map.Entry<String, Integer> e : words.words.entrySet()) {
            String w = e.getKey().toLowerCase(Locale.ROOT);
            int first = l.indexOf(w);
            if (first < 0) continue;
            flags |= e.getValue();
            if (e.getValue() == RareWords.TEARDOWN && l.indexOf(w, first + 1) >= 0) flags |= RareWords.TEARDOWN_AGAIN;
        }
        return flags;
    }

    private static String random(String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append(alphabet.charAt(RND.nextInt(alphabet.length())));
        return s.toString();
    }

    private static String capitalized(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
