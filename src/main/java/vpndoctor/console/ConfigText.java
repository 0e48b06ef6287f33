package vpndoctor.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vpndoctor.model.Side;
import vpndoctor.parse.config.ConfigSecrets;

/**
 * One side's config as text lines, edited by {@code assume}. Immutable: an edit returns a new text.
 *
 * <p>Edits never shift the line numbers of lines they do not touch (removed lines become "!"
 * comments, new lines go at the end), so facts that did not change keep pointing at the right
 * line and the what-if only swaps the facts that really changed.
 *
 * <p>Semantics (also the console's {@code help assume}):
 * <ul>
 * <li>{@code no LINE} removes the top-level lines equal to LINE, or, when none is equal, the
 *     lines that start with LINE's words ({@code no isakmp policy 10} drops every line of policy 10);
 *     a removed block header takes its indented sub-lines with it.</li>
 * <li>{@code LINE} that is already present changes nothing. Otherwise it replaces the existing
 *     line with the same command prefix (see {@link #commandPrefix}); when several share it, the
 *     one with the most leading words in common. With no such line it is appended.</li>
 * <li>{@code PARENT / CHILD} applies the same to the indented sub-lines of the block whose header
 *     is PARENT (IOS crypto maps, ip access-lists, ASA tunnel-group attributes); the block is
 *     created at the end when missing.</li>
 * </ul>
 */
public record ConfigText(String name, Side side, List<String> lines) {
    public ConfigText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(side, "side");
        lines = List.copyOf(lines);
    }

    /** The outcome of one edit: the new text and a sentence saying what changed (secrets masked). */
    public record Edit(ConfigText result, String summary, boolean changed) {}

    public static ConfigText of(String name, Side side, String text) {
        return new ConfigText(name, side, text.lines().toList());
    }

    public String text() { return String.join("\n", lines) + "\n"; }

    public Edit apply(String edit) {
        String e = edit.strip();
        if (e.isEmpty()) throw new IllegalArgumentException("nothing to assume: give a config line");
        int slash = e.indexOf(" / ");
        if (slash > 0) return applyChild(e.substring(0, slash).strip(), e.substring(slash + 3).strip());
        List<String> out = new ArrayList<>(lines);
        if (isNo(e)) return remove(out, 0, out.size(), words(e.substring(3)), "", -1);
        return add(out, 0, out.size(), e, "", out.size() - trailingEnds(out));
    }

    private Edit applyChild(String parent, String child) {
        List<String> out = new ArrayList<>(lines);
        List<String> pw = words(parent);
        int header = -1;
        for (int i = 0; i < out.size(); i++) if (!indented(out.get(i)) && words(out.get(i)).equals(pw)) { header = i; break; }
        if (header < 0) {
            if (isNo(child)) return new Edit(this, "no block \"" + shown(parent) + "\": nothing to remove", false);
            int at = out.size() - trailingEnds(out);
            out.add(at, parent);
            out.add(at + 1, " " + child);
            return new Edit(with(out), "added block \"" + shown(parent) + "\" with \" " + shown(child) + "\" at line " + (at + 1), true);
        }
        int end = header + 1;
        while (end < out.size() && indented(out.get(end))) end++;
        String indent = end > header + 1 ? leading(out.get(header + 1)) : " ";
        if (isNo(child)) return remove(out, header + 1, end, words(child.substring(3)), indent, header);
        return add(out, header + 1, end, child, indent, end);
    }

    private Edit remove(List<String> out, int from, int to, List<String> target, String indent, int header) {
        List<Integer> hits = new ArrayList<>();
        for (int i = from; i < to; i++) if (words(out.get(i)).equals(target) && indented(out.get(i)) == (header >= 0)) hits.add(i);
        if (hits.isEmpty()) {
            for (int i = from; i < to; i++) if (startsWith(words(out.get(i)), target) && indented(out.get(i)) == (header >= 0)) hits.add(i);
        }
        if (hits.isEmpty()) return new Edit(this, "no line matches \"" + shown(String.join(" ", target)) + "\": nothing removed", false);
        List<String> removed = new ArrayList<>();
        for (int i : hits) {
            removed.add((i + 1) + "");
            out.set(i, leading(out.get(i)) + "!");
            if (header < 0) for (int c = i + 1; c < out.size() && indented(out.get(c)); c++) out.set(c, leading(out.get(c)) + "!");
        }
        return new Edit(with(out), "removed line " + String.join(", ", removed) + " (\"" + shown(String.join(" ", target)) + "\")", true);
    }

    private Edit add(List<String> out, int from, int to, String line, String indent, int appendAt) {
        List<String> w = words(line);
        boolean child = !indent.isEmpty();
        for (int i = from; i < to; i++) {
            if (indented(out.get(i)) == child && words(out.get(i)).equals(w)) return new Edit(this, "line " + (i + 1) + " already says that: nothing changed", false);
        }
        List<String> prefix = commandPrefix(w);
        int best = -1, bestCommon = -1;
        for (int i = from; i < to; i++) {
            if (indented(out.get(i)) != child) continue;
            List<String> other = words(out.get(i));
            if (!commandPrefix(other).equals(prefix)) continue;
            int common = common(other, w);
            if (common > bestCommon) { best = i; bestCommon = common; }
        }
        if (best >= 0) {
            String old = out.get(best);
            out.set(best, leading(old) + line);
            return new Edit(with(out), "replaced line " + (best + 1) + " \"" + shown(old.strip()) + "\" by \"" + shown(line) + "\"", true);
        }
        out.add(appendAt, indent + line);
        return new Edit(with(out), "added \"" + shown(line) + "\" as line " + (appendAt + 1), true);
    }

    /**
     * The words that name what a line sets, so a new value replaces the old one: the line minus its
     * last word, except an ACL entry ({@code access-list NAME [extended] permit|deny}, or a
     * permit/deny sub-line), a key line ({@code [crypto] isakmp key * address A}, the key itself
     * does not count), a transform set ({@code crypto ipsec [ikev1] transform-set NAME}) and a map's
     * list values ({@code ... set peer}, {@code ... set [ikev1] transform-set}).
     */
    static List<String> commandPrefix(List<String> w) {
        List<String> l = w.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        if (l.isEmpty()) return l;
        if (l.get(0).equals("permit") || l.get(0).equals("deny")) return w.subList(0, 1);
        if (l.get(0).equals("access-list")) {
            int act = Math.max(l.indexOf("permit"), l.indexOf("deny"));
            if (l.contains("permit") && l.contains("deny")) act = Math.min(l.indexOf("permit"), l.indexOf("deny"));
            if (act > 0) return w.subList(0, act + 1);
        }
        int key = l.indexOf("key");
        if (key > 0 && l.get(key - 1).equals("isakmp") && key + 1 < l.size()) {
            List<String> p = new ArrayList<>(w.subList(0, key + 1));
            p.add("*");
            p.addAll(w.subList(Math.min(key + 2, w.size()), Math.min(key + 4, w.size())));
            return p;
        }
        int set = l.indexOf("set");
        int ts = l.indexOf("transform-set");
        if (ts >= 0 && set < 0 && ts + 1 < l.size()) return w.subList(0, ts + 2);
        if (set >= 0) {
            for (String list : List.of("transform-set", "peer")) {
                int at = l.indexOf(list);
                if (at > set) return w.subList(0, at + 1);
            }
        }
        return w.size() < 2 ? w : w.subList(0, w.size() - 1);
    }

    private ConfigText with(List<String> out) { return new ConfigText(name, side, out); }

    private static boolean isNo(String s) { return s.regionMatches(true, 0, "no ", 0, 3); }
    private static boolean indented(String s) { return !s.isEmpty() && Character.isWhitespace(s.charAt(0)); }
    private static String leading(String s) { int i = 0; while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; return s.substring(0, i); }
    static List<String> words(String s) { String t = s.strip(); return t.isEmpty() ? List.of() : List.of(t.split("\\s+")); }

    private static boolean startsWith(List<String> w, List<String> prefix) {
        return !prefix.isEmpty() && w.size() >= prefix.size() && w.subList(0, prefix.size()).equals(prefix);
    }

    private static int common(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) n++;
        return n;
    }

    /** Lines "end" / ": end" at the bottom stay last: appended lines go above them. */
    private static int trailingEnds(List<String> l) {
        int n = 0;
        for (int i = l.size() - 1; i >= 0; i--) {
            String t = l.get(i).strip();
            if (t.isEmpty() || t.equals("end") || t.equals(": end")) n++;
            else break;
        }
        return n;
    }

    /** A line as it may be shown: keys and passwords masked. */
    static String shown(String line) { return ConfigSecrets.mask(line).text(); }
}
