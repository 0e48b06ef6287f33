package vpndoctor.parse.config;

import java.util.List;
import java.util.Locale;

/**
 * IOS takes any unambiguous prefix of a keyword, and configs typed by hand (lab notes, forum posts)
 * keep them: "int e0/0", "ip add", "pre-share local K". A saved config never abbreviates, so only
 * the few keywords whose short forms were seen in real typed configs, where the parsers read the
 * keyword, are written out here (before masking: a key after an abbreviated keyword is masked too).
 */
final class Abbreviations {
    private Abbreviations() {}

    /** {position of the word (0: first, 1: second after the given first), the first word or "" for any, the full keyword, shortest prefix}. */
    private record Word(int at, String after, String full, int min) {}

    private static final List<Word> WORDS = List.of(
            new Word(0, "", "interface", 3),
            new Word(1, "ip", "address", 3),
            new Word(0, "", "pre-shared-key", 8),        // keyring peers: "pre-share local K", "pre-shared address A key K"
            new Word(1, "authentication", "pre-share", 3),
            new Word(1, "match", "address", 3),
            new Word(1, "set", "transform-set", 9));

    /** The line with the listed short keywords written out; the line itself when none is short. */
    static String expand(String line) {
        int start = 0, n = line.length();
        while (start < n && Character.isWhitespace(line.charAt(start))) start++;
        if (start == n) return line;
        int end0 = wordEnd(line, start);
        String first = line.substring(start, end0).toLowerCase(Locale.ROOT);
        for (Word w : WORDS) {
            if (w.at == 0 && shortFor(first, w)) {
                if (w.full.equals("interface") && start > 0) continue; // "interface" is a top-level command
                return interfaceNumberJoined(line.substring(0, start) + w.full + line.substring(end0));
            }
        }
        if (start == 0 && first.equals("interface")) return interfaceNumberJoined(line);
        int s1 = end0;
        while (s1 < n && Character.isWhitespace(line.charAt(s1))) s1++;
        if (s1 == n) return line;
        int end1 = wordEnd(line, s1);
        String second = line.substring(s1, end1).toLowerCase(Locale.ROOT);
        for (Word w : WORDS) {
            if (w.at == 1 && w.after.equals(first) && shortFor(second, w)) return line.substring(0, s1) + w.full + line.substring(end1);
        }
        return line;
    }

    /** "interface tunnel 0" (typed with a space, as IOS accepts) is "interface tunnel0", the name show output gives. */
    private static String interfaceNumberJoined(String line) {
        String[] t = line.split("\\s+");
        if (t.length == 3 && t[1].chars().allMatch(Character::isLetter) && !t[2].isEmpty() && Character.isDigit(t[2].charAt(0))
                && t[2].chars().allMatch(ch -> Character.isDigit(ch) || ch == '/' || ch == '.' || ch == ':')) {
            return t[0] + " " + t[1] + t[2];
        }
        return line;
    }

    private static boolean shortFor(String word, Word w) {
        return word.length() >= w.min && word.length() < w.full.length() && w.full.startsWith(word);
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
