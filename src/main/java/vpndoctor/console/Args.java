package vpndoctor.console;

import java.util.ArrayList;
import java.util.List;

/** Splits a command's argument text into words; "--opt value" pairs are read by the commands. */
final class Args {
    private Args() {}

    static List<String> words(String args) {
        String t = args.strip();
        return t.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(t.split("\\s+")));
    }

    /** Removes "--name value" (or "-s value") from the words and returns the value, or null. */
    static String option(List<String> words, String... names) {
        for (int i = 0; i < words.size(); i++) {
            for (String n : names) {
                if (words.get(i).equals(n)) {
                    if (i + 1 >= words.size()) throw new IllegalArgumentException(n + " needs a value");
                    String v = words.get(i + 1);
                    words.remove(i + 1);
                    words.remove(i);
                    return v;
                }
            }
        }
        return null;
    }

    static boolean flag(List<String> words, String name) { return words.remove(name); }
}
